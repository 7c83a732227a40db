/// The operations a network needs, each one of the three rules.
extension HyperTensor {
  // MARK: Bilinear

  public static func * (a: HyperTensor, b: HyperTensor) throws -> HyperTensor {
    let rank = Swift.max(a.real.rank, b.real.rank)
    return try bilinear(a, b) { x, xl, y, yl in try (xl ? lift(x, to: rank) : x) * (yl ? lift(y, to: rank) : y) }
  }

  /// The matrix product; the value operands must be at least 1-D, as for `Tensor.matmul`.
  public func matmul(_ other: HyperTensor) throws -> HyperTensor {
    try HyperTensor.bilinear(self, other) { x, _, y, _ in try x.matmul(y) }
  }

  /// The matrix product with a constant on the right, as a layer's input times its weight.
  public func matmul(_ other: Tensor) throws -> HyperTensor { try matmul(HyperTensor(other)) }

  /// Convolution of these images with `weight`, both possibly hyper-dual.
  public func conv2d(weight: HyperTensor, bias: HyperTensor? = nil, stride: (Int, Int) = (1, 1), padding: (Int, Int) = (0, 0)) throws -> HyperTensor {
    let convolved = try HyperTensor.bilinear(self, weight) { x, xl, w, wl in
      try HyperTensor.convolve(x, xl, w, wl, stride, padding)
    }
    guard let bias else { return convolved }
    return try convolved + bias.reshape([-1, 1, 1])
  }

  /// conv2d where either argument may carry a leading axis of parts.
  private static func convolve(
    _ x: Tensor, _ xLeads: Bool, _ w: Tensor, _ wLeads: Bool, _ stride: (Int, Int), _ padding: (Int, Int)
  ) throws -> Tensor {
    switch (xLeads, wLeads) {
    case (false, false):
      return try x.conv2d(weight: w, stride: stride, padding: padding)
    case (true, false):
      // The leading axis folds into the batch.
      let folded = try x.reshape([-1] + Array(x.shape.suffix(3)))
      let out = try folded.conv2d(weight: w, stride: stride, padding: padding)
      return try out.reshape(Array(x.shape.prefix(x.rank - 3)) + Array(out.shape.suffix(3)))
    case (false, true):
      return try Tensor.stack((0..<w.shape[0]).map { try x.conv2d(weight: w.select(dim: 0, index: $0), stride: stride, padding: padding) })
    case (true, true):
      return try Tensor.stack((0..<w.shape[0]).map {
        try x.select(dim: 0, index: $0).conv2d(weight: w.select(dim: 0, index: $0), stride: stride, padding: padding)
      })
    }
  }

  // MARK: Linear

  public static func + (a: HyperTensor, b: HyperTensor) throws -> HyperTensor { try add(a, b, negating: false) }
  public static func - (a: HyperTensor, b: HyperTensor) throws -> HyperTensor { try add(a, b, negating: true) }
  public static func + (a: HyperTensor, b: Tensor) throws -> HyperTensor { try add(a, HyperTensor(b), negating: false) }
  public static func - (a: HyperTensor, b: Tensor) throws -> HyperTensor { try add(a, HyperTensor(b), negating: true) }
  public static func * (a: HyperTensor, s: Double) throws -> HyperTensor { try a.linear { t, _ in t * s } }
  public static prefix func - (a: HyperTensor) throws -> HyperTensor { try a.linear { t, _ in -t } }

  /// The sum over `dims` (all when nil).
  public func sum(dims: [Int]? = nil, keepDim: Bool = false) throws -> HyperTensor {
    try linear { t, leads in try t.sum(dims: HyperTensor.partDims(dims, real.rank, leads), keepDim: keepDim) }
  }

  /// The mean over `dims` (all when nil).
  public func mean(dims: [Int]? = nil, keepDim: Bool = false) throws -> HyperTensor {
    try linear { t, leads in try t.mean(dims: HyperTensor.partDims(dims, real.rank, leads), keepDim: keepDim) }
  }

  /// The same elements in a new shape.
  public func reshape(_ shape: [Int]) throws -> HyperTensor {
    try linear { t, leads in try t.reshape(leads ? [t.shape[0]] + shape : shape) }
  }

  /// The selected elements, by the same subscripts as `Tensor.index`.
  public func index(_ indices: [TensorIndex]) throws -> HyperTensor {
    try linear { t, leads in try t.index(leads ? [.all] + indices : indices) }
  }

  /// Max pooling: the windows' maxima are chosen by the value, and every part is read at the
  /// same positions.
  public func maxPool2d(kernelSize: (Int, Int), stride: (Int, Int)? = nil, padding: (Int, Int) = (0, 0)) throws -> HyperTensor {
    let (values, indices) = try real.maxPool2d(kernelSize: kernelSize, stride: stride, padding: padding)
    return try linear { t, leads in
      guard leads else { return values }
      let positions = try indices.unsqueeze(0).expand([t.shape[0]] + indices.shape).contiguous()
      let planes = try t.flatten(startDim: -2)
      return try planes.gather(dim: planes.rank - 1, index: positions.flatten(startDim: -2)).reshape(positions.shape)
    }
  }

  /// The dimensions a reduction over `dims` of the value covers in a part.
  private static func partDims(_ dims: [Int]?, _ rank: Int, _ leads: Bool) -> [Int]? {
    guard leads else { return dims }
    guard let dims else { return Array(1...Swift.max(rank, 1)).filter { $0 <= rank } }
    return dims.map { $0 < 0 ? $0 : $0 + 1 }
  }

  // MARK: Unary

  /// eˣ.
  public func exp() throws -> HyperTensor {
    let e = real.exp()
    return try unary(value: e, first: e, second: e)
  }

  /// The natural logarithm.
  public func log() throws -> HyperTensor {
    let inverse = 1.0 / real
    return try unary(value: real.log(), first: inverse, second: -(inverse * inverse))
  }

  /// The hyperbolic tangent.
  public func tanh() throws -> HyperTensor {
    let t = real.tanh()
    let slope = try 1 - t * t
    return try unary(value: t, first: slope, second: -2 * t * slope)
  }

  /// The logistic function.
  public func sigmoid() throws -> HyperTensor {
    let s = real.sigmoid()
    let slope = try s * (1 - s)
    return try unary(value: s, first: slope, second: slope * (1 - 2 * s))
  }

  /// max(x, 0): the derivative is 1 where x > 0 (strictly) and 0 elsewhere.
  public func relu() throws -> HyperTensor {
    try unary(value: real.relu(), first: (real > 0).to(real.dtype), second: nil)
  }

  /// xᶜ for a constant exponent.
  public func pow(_ c: Double) throws -> HyperTensor {
    try unary(value: real.pow(c), first: c * real.pow(c - 1), second: c * (c - 1) * real.pow(c - 2))
  }

  /// 1/x, the unary half of division.
  public func reciprocal() throws -> HyperTensor {
    let inverse = 1.0 / real
    return try unary(value: inverse, first: -(inverse * inverse), second: 2 * inverse * inverse * inverse)
  }

  public static func / (a: HyperTensor, b: HyperTensor) throws -> HyperTensor { try a * b.reciprocal() }

  // MARK: Composed

  /// log Σ exp(x) along `dim`, shifted by the value's maximum (a constant) for stability.
  public func logSumExp(dim: Int, keepDim: Bool = false) throws -> HyperTensor {
    let shift = try real.max(dim: dim, keepDim: true).values.detach()
    let total = try (self - shift).exp().sum(dims: [dim], keepDim: true).log() + shift
    guard !keepDim else { return total }
    let d = try real.axis(dim, "logSumExp")
    return try total.reshape(total.real.shape.enumerated().filter { $0.offset != d }.map(\.element))
  }

  /// log softmax along `dim`.
  public func logSoftmax(dim: Int) throws -> HyperTensor { try self - logSumExp(dim: dim, keepDim: true) }

  /// softmax along `dim`.
  public func softmax(dim: Int) throws -> HyperTensor { try logSoftmax(dim: dim).exp() }
}

/// The mean negative log-likelihood of `labels` under log-probabilities `[N, C]`: the
/// cross-entropy when the input is a log softmax (PyTorch's `nll_loss`).
public func nllLoss(_ logProbabilities: Tensor, _ labels: Tensor) throws -> Tensor {
  try -logProbabilities.index(nllIndices(logProbabilities.shape, labels)).mean()
}

/// The hyper-dual negative log-likelihood: the loss's ∇·v and vᵀ∇²v come with it.
public func nllLoss(_ logProbabilities: HyperTensor, _ labels: Tensor) throws -> HyperTensor {
  try -logProbabilities.index(nllIndices(logProbabilities.real.shape, labels)).mean()
}

/// The subscript picking each row's label from log-probabilities of `shape` `[N, C]`, after
/// checking the shapes: what every negative log-likelihood, reduced or not, is made from.
public func nllIndices(_ shape: [Int], _ labels: Tensor) throws -> [TensorIndex] {
  guard shape.count == 2 else { throw TensorError("nllLoss: expected log-probabilities of shape [N, C], got \(shape)") }
  guard labels.dtype == .int64, labels.shape == [shape[0]] else {
    throw TensorError("nllLoss: expected int64 labels of shape [\(shape[0])], got \(labels.dtype) \(labels.shape)")
  }
  return [.tensor(try Tensor.arange(shape[0])), .tensor(labels)]
}
