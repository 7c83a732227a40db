import FolioTensor

/// A layer or a model: something callable on a tensor that owns parameters and sub-modules,
/// as `torch.nn.Module` is.
///
/// Subclasses override `callAsFunction(_:)`, and list their own parameters and children;
/// `parameters()` then walks the tree in a stable order (own parameters first, then each
/// child's, depth first), which is the order optimizers see them in.
open class Module {
  /// Whether the module is in training mode (`train()`) or evaluation mode (`eval()`).
  public private(set) var isTraining = true

  public init() {}

  /// Runs the module on `input`.
  open func callAsFunction(_ input: Tensor) throws -> Tensor { input }

  /// The module's own parameters, by name (not its children's).
  open var ownParameters: [(name: String, tensor: Tensor)] { [] }

  /// The direct sub-modules, by name.
  open var children: [(name: String, module: Module)] { [] }

  /// The layer's name as cells write it: `Linear`, `ReLU`.
  open var typeName: String { String(describing: type(of: self)) }

  /// The type name and settings, as PyTorch's repr shows them: `Linear(in_features=…)`.
  open var summary: String { typeName }

  /// Every parameter of this module and its descendants, in a stable order.
  public func parameters() -> [Tensor] { namedParameters().map(\.tensor) }

  /// Every parameter with its dotted path, as `named_parameters()`: `0.weight`, `0.bias`, ….
  public func namedParameters() -> [(name: String, tensor: Tensor)] {
    ownParameters + children.flatMap { child in
      child.module.namedParameters().map { ("\(child.name).\($0.name)", $0.tensor) }
    }
  }

  /// Switches this module and its descendants to training mode (dropout active).
  public func train(_ enabled: Bool = true) {
    isTraining = enabled
    for child in children { child.module.train(enabled) }
  }

  /// Switches this module and its descendants to evaluation mode.
  public func eval() { train(false) }

  /// Clears every parameter's gradient (`zero_grad`, which sets them to None).
  public func zeroGrad() {
    for parameter in parameters() { parameter.grad = nil }
  }
}

extension Module: CustomStringConvertible {
  /// The tree of modules as PyTorch prints it.
  public var description: String {
    guard !children.isEmpty else { return summary }
    let lines = children.map { child in
      "  (\(child.name)): " + child.module.description.split(separator: "\n", omittingEmptySubsequences: false)
        .joined(separator: "\n  ")
    }
    return "\(summary)(\n" + lines.joined(separator: "\n") + "\n)"
  }
}
