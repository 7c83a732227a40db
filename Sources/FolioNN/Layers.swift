import FolioTensor

/// A layer with a learned weight and an optional bias, which cells reach as `layer.weight`.
public protocol WeightedLayer: Module {
  /// The learned weight, in PyTorch's layout for the layer.
  var weight: Tensor { get }
  /// The learned bias, one per output feature or channel; nil when built with `bias: false`.
  var bias: Tensor? { get }
}

extension WeightedLayer {
  /// The weight and the bias, as `ownParameters` lists them.
  var weightAndBias: [(name: String, tensor: Tensor)] {
    [("weight", weight)] + (bias.map { [("bias", $0)] } ?? [])
  }
}

/// A weight of `shape` and, unless `bias` is false, a bias of `outputs` values, all drawn
/// uniformly from ±bound and requiring gradients: PyTorch's default layer initialisation.
func initialParameters(
  _ shape: [Int], outputs: Int, bias: Bool, bound: Double, generator: Generator
) throws -> (weight: Tensor, bias: Tensor?) {
  let weight = try Tensor.uniform(shape, low: -bound, high: bound, generator: generator).requireGrad()
  let bias = bias ? try Tensor.uniform([outputs], low: -bound, high: bound, generator: generator).requireGrad() : nil
  return (weight, bias)
}

/// y = x·Wᵀ + b, with the weight stored out×in and PyTorch's default initialisation:
/// both drawn uniformly from ±1/√in (kaiming_uniform with a = √5 reduces to that bound).
public final class Linear: Module, WeightedLayer {
  public let weight: Tensor
  public let bias: Tensor?
  public let inFeatures: Int
  public let outFeatures: Int

  public init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true, generator: Generator = .global) throws {
    guard inFeatures > 0, outFeatures > 0 else {
      throw TensorError("Linear: in and out features must be positive, got \(inFeatures) and \(outFeatures)")
    }
    let bound = 1 / Double(inFeatures).squareRoot()
    self.inFeatures = inFeatures
    self.outFeatures = outFeatures
    (weight, self.bias) = try initialParameters([outFeatures, inFeatures], outputs: outFeatures, bias: bias, bound: bound, generator: generator)
  }

  public override func callAsFunction(_ input: Tensor) throws -> Tensor {
    guard input.shape.last == inFeatures else {
      throw TensorError("Linear(\(inFeatures), \(outFeatures)): expected inputs with \(inFeatures) features, got shape \(input.shape)")
    }
    let product = try input.matmul(weight.T)
    return try bias.map { try product + $0 } ?? product
  }

  public override var ownParameters: [(name: String, tensor: Tensor)] { weightAndBias }

  public override var summary: String {
    "Linear(in_features=\(inFeatures), out_features=\(outFeatures), bias=\(bias != nil ? "True" : "False"))"
  }
}

/// Modules applied one after another (`nn.Sequential`); children are named 0, 1, 2, ….
public final class Sequential: Module {
  public let layers: [Module]

  public init(_ layers: [Module]) { self.layers = layers }

  public override func callAsFunction(_ input: Tensor) throws -> Tensor {
    try layers.reduce(input) { try $1($0) }
  }

  public override var children: [(name: String, module: Module)] {
    layers.enumerated().map { (String($0.offset), $0.element) }
  }

  public override var summary: String { "Sequential" }
}

/// An elementwise activation with no parameters: ReLU, Sigmoid, Tanh.
public final class Activation: Module {
  /// The activations PyTorch names.
  public enum Kind: String { case ReLU, Sigmoid, Tanh }
  public let kind: Kind

  public init(_ kind: Kind) { self.kind = kind }

  public override func callAsFunction(_ input: Tensor) throws -> Tensor {
    switch kind {
    case .ReLU: input.relu()
    case .Sigmoid: input.sigmoid()
    case .Tanh: input.tanh()
    }
  }

  public override var typeName: String { kind.rawValue }
  public override var summary: String { "\(kind.rawValue)()" }
}

/// Softmax along `dim` (`nn.Softmax`): each slice becomes probabilities that sum to 1.
public final class Softmax: Module {
  public let dim: Int

  public init(dim: Int) { self.dim = dim }

  public override func callAsFunction(_ input: Tensor) throws -> Tensor { try naming(summary) { try input.softmax(dim: dim) } }

  public override var summary: String { "Softmax(dim=\(dim))" }
}

/// Log-softmax along `dim` (`nn.LogSoftmax`), computed without forming the softmax, so it
/// stays finite where the softmax underflows; the input NLLLoss expects.
public final class LogSoftmax: Module {
  public let dim: Int

  public init(dim: Int) { self.dim = dim }

  public override func callAsFunction(_ input: Tensor) throws -> Tensor { try naming(summary) { try input.logSoftmax(dim: dim) } }

  public override var summary: String { "LogSoftmax(dim=\(dim))" }
}

/// Flattens every dimension after the first (`nn.Flatten`).
public final class Flatten: Module {
  public override init() {}
  public override func callAsFunction(_ input: Tensor) throws -> Tensor { try input.flatten(startDim: 1) }
  public override var summary: String { "Flatten(start_dim=1, end_dim=-1)" }
}
