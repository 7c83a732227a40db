import FolioTensor

/// How a loss combines its per-sample values, as PyTorch's `reduction` argument.
public enum Reduction: String {
  case mean, sum, none

  /// `values` combined.
  func apply(_ values: Tensor) throws -> Tensor {
    switch self {
    case .mean: try values.mean()
    case .sum: values.sum()
    case .none: values
    }
  }
}

/// The squared error between prediction and target (`nn.MSELoss`).
public func mseLoss(_ prediction: Tensor, _ target: Tensor, reduction: Reduction = .mean) throws -> Tensor {
  guard prediction.shape == target.shape else {
    throw TensorError("mseLoss: prediction of shape \(prediction.shape) and target of shape \(target.shape) must match")
  }
  return try reduction.apply((prediction - target).pow(2))
}

/// Cross-entropy of raw scores `[N, C]` against int64 class labels `[N]` (`nn.CrossEntropyLoss`).
public func crossEntropy(_ logits: Tensor, _ labels: Tensor, reduction: Reduction = .mean) throws -> Tensor {
  try nllLoss(logits.logSoftmax(dim: 1), labels, reduction: reduction)
}

/// Binary cross-entropy of probabilities against targets in [0, 1] (`nn.BCELoss`); the logs
/// are clamped at -100 as PyTorch clamps them, so a probability of exactly 0 or 1 stays finite.
public func bce(_ probabilities: Tensor, _ target: Tensor, reduction: Reduction = .mean) throws -> Tensor {
  guard probabilities.shape == target.shape else {
    throw TensorError("bce: probabilities of shape \(probabilities.shape) and target of shape \(target.shape) must match")
  }
  let logP = try probabilities.log().clamp(min: -100)
  let logQ = try (1 - probabilities).log().clamp(min: -100)
  return try reduction.apply(-(target * logP + (1 - target) * logQ))
}

/// −log p[label] per sample of log-probabilities `[N, C]`, reduced (`nn.NLLLoss`); the
/// two-argument `nllLoss` of FolioTensor is this with `.mean`, for tensors and hyper-dual ones.
public func nllLoss(_ logProbabilities: Tensor, _ labels: Tensor, reduction: Reduction) throws -> Tensor {
  try reduction.apply(-logProbabilities.index(nllIndices(logProbabilities.shape, labels)))
}

/// A loss as a module-like value with its reduction fixed: `MSELoss(reduction: .sum)(yPred, y)`.
public final class Loss {
  /// The losses PyTorch's `nn` offers as classes.
  public enum Kind: String { case MSELoss, CrossEntropyLoss, NLLLoss, BCELoss }
  public let kind: Kind
  public let reduction: Reduction

  public init(_ kind: Kind, reduction: Reduction = .mean) {
    self.kind = kind
    self.reduction = reduction
  }

  /// The loss of `prediction` against `target`.
  public func callAsFunction(_ prediction: Tensor, _ target: Tensor) throws -> Tensor {
    switch kind {
    case .MSELoss: try mseLoss(prediction, target, reduction: reduction)
    case .CrossEntropyLoss: try crossEntropy(prediction, target, reduction: reduction)
    case .NLLLoss: try nllLoss(prediction, target, reduction: reduction)
    case .BCELoss: try bce(prediction, target, reduction: reduction)
    }
  }
}
