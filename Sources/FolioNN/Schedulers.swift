import FolioTensor

/// An optimizer as a scheduler sees it: a learning rate to change between steps.
public protocol LearningRateOptimizer: AnyObject {
  /// The learning rate the next step uses.
  var learningRate: Double { get set }
}

extension Optimizer: LearningRateOptimizer {}

/// Changes an optimizer's learning rate once per `step()`, usually once per epoch, with
/// PyTorch's chainable rules: each step multiplies the current rate, so a rate set by hand in
/// between is respected.
public class LearningRateScheduler {
  /// The optimizer whose rate is changed.
  public let optimizer: any LearningRateOptimizer
  /// How many times `step()` has been called (PyTorch's `last_epoch`).
  public private(set) var epoch = 0

  init(_ optimizer: any LearningRateOptimizer) { self.optimizer = optimizer }

  /// The factor the rate is multiplied by on reaching `epoch`.
  func factor(at epoch: Int) -> Double { 1 }

  /// Advances one epoch and updates the optimizer's rate.
  public func step() {
    epoch += 1
    optimizer.learningRate *= factor(at: epoch)
  }

  /// The rate after the last step (`get_last_lr()`).
  public var lastLearningRate: Double { optimizer.learningRate }
}

/// Multiplies the rate by `gamma` every `stepSize` epochs (`StepLR`).
public final class StepLR: LearningRateScheduler {
  public let stepSize: Int
  public let gamma: Double

  public init(_ optimizer: any LearningRateOptimizer, stepSize: Int, gamma: Double = 0.1) throws {
    guard stepSize > 0 else { throw TensorError("StepLR: stepSize must be positive, got \(stepSize)") }
    self.stepSize = stepSize
    self.gamma = gamma
    super.init(optimizer)
  }

  override func factor(at epoch: Int) -> Double { epoch % stepSize == 0 ? gamma : 1 }
}

/// Multiplies the rate by `gamma` every epoch (`ExponentialLR`).
public final class ExponentialLR: LearningRateScheduler {
  public let gamma: Double

  public init(_ optimizer: any LearningRateOptimizer, gamma: Double) {
    self.gamma = gamma
    super.init(optimizer)
  }

  override func factor(at epoch: Int) -> Double { gamma }
}

/// Scales the gradients of `parameters` together so that their joint 2-norm is at most
/// `maxNorm` (`clip_grad_norm_`), and returns the norm they had before.
@discardableResult
public func clipGradNorm(_ parameters: [Tensor], maxNorm: Double) throws -> Double {
  guard maxNorm >= 0 else { throw TensorError("clipGradNorm: maxNorm must be non-negative, got \(maxNorm)") }
  let gradients = parameters.compactMap(\.grad)
  let total = try noGrad {
    try gradients.reduce(0.0) { $0 + (try $1.pow(2).sum().item()) }.squareRoot()
  }
  // PyTorch's small epsilon keeps the factor finite when every gradient is zero.
  let scale = maxNorm / (total + 1e-6)
  if scale < 1 {
    try noGrad {
      for gradient in gradients { try gradient *= scale }
    }
  }
  return total
}
