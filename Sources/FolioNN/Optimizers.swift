import FolioTensor

/// A first-order optimizer: each `step()` updates every parameter from its own gradient and
/// its own state, in the MLX shape (`newState`, `update`), so SGD and Adam are a screen each.
open class Optimizer<State> {
  /// The parameters updated, in order.
  public let parameters: [Tensor]
  /// The learning rate; schedulers change it between steps.
  public var learningRate: Double
  private var states: [State?]
  /// How many steps have been taken.
  public private(set) var stepCount = 0

  public init(_ parameters: [Tensor], learningRate: Double) throws {
    guard learningRate >= 0, learningRate.isFinite else { throw TensorError("optimizer: lr must be non-negative, got \(learningRate)") }
    self.parameters = parameters
    self.learningRate = learningRate
    states = Array(repeating: nil, count: parameters.count)
  }

  /// The state a parameter starts with, made at its first update.
  open func newState(for parameter: Tensor) throws -> State { fatalError("subclasses provide newState") }

  /// Updates one parameter in place from its gradient and state.
  open func update(_ parameter: Tensor, gradient: Tensor, state: inout State) throws {}

  /// Sets every parameter's gradient to nil.
  public func zeroGrad() {
    for parameter in parameters { parameter.grad = nil }
  }

  /// Updates every parameter that has a gradient, without recording the updates.
  public func step() throws {
    stepCount += 1
    try noGrad {
      for (index, parameter) in parameters.enumerated() {
        guard let gradient = parameter.grad else { continue }
        var state = try states[index] ?? newState(for: parameter)
        try update(parameter, gradient: gradient, state: &state)
        states[index] = state
      }
    }
  }
}

/// Stochastic gradient descent with PyTorch's momentum, dampening, Nesterov and weight decay.
public final class SGD: Optimizer<Tensor?> {
  public let momentum: Double
  public let dampening: Double
  public let nesterov: Bool
  public let weightDecay: Double

  public init(
    _ parameters: [Tensor], lr: Double, momentum: Double = 0, dampening: Double = 0, nesterov: Bool = false,
    weightDecay: Double = 0
  ) throws {
    guard !nesterov || (momentum > 0 && dampening == 0) else {
      throw TensorError("SGD: Nesterov momentum needs momentum > 0 and dampening 0")
    }
    (self.momentum, self.dampening, self.nesterov, self.weightDecay) = (momentum, dampening, nesterov, weightDecay)
    try super.init(parameters, learningRate: lr)
  }

  public override func newState(for parameter: Tensor) throws -> Tensor? { nil }

  public override func update(_ parameter: Tensor, gradient: Tensor, state: inout Tensor?) throws {
    var direction = weightDecay == 0 ? gradient : try gradient + weightDecay * parameter
    if momentum != 0 {
      // The first step starts the buffer at the gradient itself, as PyTorch does.
      let buffer = try state.map { try momentum * $0 + (1 - dampening) * direction } ?? direction.clone()
      state = buffer
      direction = nesterov ? try direction + momentum * buffer : buffer
    }
    try parameter.addInPlace(direction, scaledBy: -learningRate)
  }
}

/// Adam, and AdamW when `decoupledWeightDecay` (the decay applied to the weights directly).
public final class Adam: Optimizer<(m: Tensor, v: Tensor)> {
  public let beta1: Double
  public let beta2: Double
  public let eps: Double
  public let weightDecay: Double
  public let decoupledWeightDecay: Bool

  public init(
    _ parameters: [Tensor], lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8,
    weightDecay: Double = 0, decoupledWeightDecay: Bool = false
  ) throws {
    guard (0..<1).contains(betas.0), (0..<1).contains(betas.1) else {
      throw TensorError("Adam: betas must lie in [0, 1), got (\(betas.0), \(betas.1))")
    }
    (beta1, beta2, self.eps, self.weightDecay, self.decoupledWeightDecay) = (betas.0, betas.1, eps, weightDecay, decoupledWeightDecay)
    try super.init(parameters, learningRate: lr)
  }

  /// AdamW: PyTorch's defaults, weight decay 0.01 applied to the weights.
  public static func adamW(_ parameters: [Tensor], lr: Double = 1e-3, weightDecay: Double = 0.01) throws -> Adam {
    try Adam(parameters, lr: lr, weightDecay: weightDecay, decoupledWeightDecay: true)
  }

  public override func newState(for parameter: Tensor) throws -> (m: Tensor, v: Tensor) {
    (parameter.zerosLike(), parameter.zerosLike())
  }

  public override func update(_ parameter: Tensor, gradient: Tensor, state: inout (m: Tensor, v: Tensor)) throws {
    let step = Tensor.AdamStep(
      learningRate: learningRate, beta1: beta1, beta2: beta2, eps: eps, step: stepCount,
      weightDecay: decoupledWeightDecay ? 0 : weightDecay, decay: decoupledWeightDecay ? 1 - learningRate * weightDecay : 1)
    if try parameter.adamUpdate(gradient: gradient, m: state.m, v: state.v, step) { return }
    // The same step from tensor operations, for parameters the fused kernel does not take.
    var g = gradient
    if weightDecay != 0 {
      if decoupledWeightDecay { try parameter *= step.decay } else { g = try g + weightDecay * parameter }
    }
    try state.m *= beta1
    try state.m += (1 - beta1) * g
    try state.v *= beta2
    try state.v += try (1 - beta2) * (g * g)
    let denominator = state.v.sqrt() / step.correction2.squareRoot() + eps
    try parameter.addInPlace(try state.m / denominator, scaledBy: -learningRate / step.correction1)
  }
}
