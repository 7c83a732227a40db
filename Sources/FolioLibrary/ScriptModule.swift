import FolioNN
import FolioScript
import FolioTensor

/// A model written as a class in a cell, as the engine sees it:
///
///     class Net: Module {
///       let hidden = Linear(784, 100)
///       let output = Linear(100, 10)
///       func callAsFunction(_ x: Tensor) -> Tensor { output(hidden(x).relu()) }
///     }
///
/// Its layers and parameters are its stored properties, found without any registration, as
/// PyTorch finds the attributes `__init__` assigns: modules (engine layers, other `Module`
/// classes, arrays of them) are children, and tensors that require gradients are parameters.
final class ScriptModule: Module {
  /// The name cells declare conformance to.
  static let protocolName = "Module"

  let instance: Instance
  /// Runs the cell's `callAsFunction`; nil only where the module is printed, never called.
  private let context: CallContext?

  init(_ instance: Instance, context: CallContext?) {
    self.instance = instance
    self.context = context
  }

  override func callAsFunction(_ input: Tensor) throws -> Tensor {
    guard let context else { throw RuntimeError("\(instance.typeName) cannot be called here") }
    let output = try context.call(.instance(instance), [input.scriptValue])
    guard case .object(let object) = output, let tensor = object.object as? Tensor else {
      throw RuntimeError("\(instance.typeName).callAsFunction must return a Tensor, got '\(output.typeName)'")
    }
    return tensor
  }

  override var ownParameters: [(name: String, tensor: Tensor)] {
    instance.storedProperties.flatMap { property -> [(name: String, tensor: Tensor)] in
      if let tensor = Self.parameter(property.value) { return [(property.name, tensor)] }
      guard case .array(let items) = property.value else { return [] }
      let tensors = items.compactMap(Self.parameter)
      return tensors.count == items.count ? tensors.enumerated().map { ("\(property.name).\($0.offset)", $0.element) } : []
    }
  }

  override var children: [(name: String, module: Module)] {
    instance.storedProperties.compactMap { property in
      if let module = Self.module(property.value, context) { return (property.name, module) }
      guard case .array(let items) = property.value, !items.isEmpty else { return nil }
      let modules = items.compactMap { Self.module($0, context) }
      return modules.count == items.count ? (property.name, ModuleList(modules)) : nil
    }
  }

  override var summary: String { instance.typeName }

  /// The engine module a value is: an engine layer, or a cell's `Module` class.
  static func module(_ value: Value, _ context: CallContext?) -> Module? {
    switch value {
    case .object(let object): return object.object as? Module
    case .instance(let instance) where instance.conforms(to: protocolName): return ScriptModule(instance, context: context)
    case .some(let wrapped): return module(wrapped, context)
    default: return nil
    }
  }

  /// A tensor a model learns: one that requires gradients and is not computed from others.
  private static func parameter(_ value: Value) -> Tensor? {
    switch value {
    case .object(let object):
      guard let tensor = object.object as? Tensor, tensor.requiresGrad, tensor.isLeaf else { return nil }
      return tensor
    case .some(let wrapped): return parameter(wrapped)
    default: return nil
    }
  }

  /// The methods every engine module has (`parameters()`, `zeroGrad()`, `save(_:)`, …),
  /// given to cell classes that declare `: Module`, with the instance in the receiver's place.
  static func protocolExtension(of moduleType: HostType) -> HostType {
    let type = HostType(name: protocolName) { object in
      ScriptModule(object as! Instance, context: nil).description
    }
    for (name, method) in moduleType.methods where name != "callAsFunction" {
      type.methods[name] = Function(name, method.signature, body: { context, arguments in
        guard case .instance(let instance) = arguments[0] else { return try method.body(context, arguments) }
        let receiver = Value.object(HostObject(ScriptModule(instance, context: context), type: moduleType))
        return try method.body(context, [receiver] + arguments.dropFirst())
      })
    }
    return type
  }
}

/// Modules kept in an array property, as `nn.ModuleList`; children are named 0, 1, 2, ….
final class ModuleList: Module {
  let modules: [Module]
  init(_ modules: [Module]) { self.modules = modules }

  override func callAsFunction(_ input: Tensor) throws -> Tensor {
    throw RuntimeError("a list of modules is not called itself; call its elements")
  }

  override var children: [(name: String, module: Module)] {
    modules.enumerated().map { (String($0.offset), $0.element) }
  }

  override var summary: String { "ModuleList" }
}
