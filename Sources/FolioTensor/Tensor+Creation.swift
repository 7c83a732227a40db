/// Constant tensors, ranges and identity matrices.
extension Tensor {
  /// A tensor of `shape` with every element `value`.
  public static func full(_ shape: [Int], _ value: Double, dtype: DType = .float32) throws -> Tensor {
    _ = try elementCount(shape)
    if value == 0 { return Tensor(empty: shape, dtype: dtype, zeroed: true) }
    let out = Tensor(empty: shape, dtype: dtype)
    switch dtype {
    case .float32: out.pointer(Float.self).update(repeating: Float(value), count: out.count)
    case .float64: out.pointer(Double.self).update(repeating: value, count: out.count)
    case .int64: out.pointer(Int64.self).update(repeating: Int64(converting: value), count: out.count)
    case .bool: out.pointer(Bool.self).update(repeating: value != 0, count: out.count)
    }
    return out
  }

  /// A tensor of zeros.
  public static func zeros(_ shape: [Int], dtype: DType = .float32) throws -> Tensor {
    try full(shape, 0, dtype: dtype)
  }

  /// A tensor of ones.
  public static func ones(_ shape: [Int], dtype: DType = .float32) throws -> Tensor {
    try full(shape, 1, dtype: dtype)
  }

  /// The `n`×`m` identity matrix (`m` defaults to `n`).
  public static func eye(_ n: Int, _ m: Int? = nil, dtype: DType = .float32) throws -> Tensor {
    let columns = m ?? n
    let out = try zeros([n, columns], dtype: dtype)
    for i in 0..<Swift.min(n, columns) { out.setElement(at: i * columns + i, to: 1) }
    return out
  }

  /// `0, 1, …, end - 1` as int64, like `torch.arange(end)`.
  public static func arange(_ end: Int) throws -> Tensor { try arange(0, end, 1) }

  /// Integers from `start` up to (not including) `end` stepping by `step`, as int64.
  public static func arange(_ start: Int, _ end: Int, _ step: Int = 1) throws -> Tensor {
    guard step != 0 else { throw TensorError("arange: step must be nonzero") }
    let n = Swift.max(0, (end - start + step - (step > 0 ? 1 : -1)) / step)
    return try Tensor(shape: [n], values: (0..<n).map { Int64(start + $0 * step) })
  }

  /// Numbers from `start` up to (not including) `end` stepping by `step`, as floats.
  public static func arange(_ start: Double, _ end: Double, _ step: Double = 1, dtype: DType = .float32) throws -> Tensor {
    guard step != 0, step.isFinite, start.isFinite, end.isFinite else {
      throw TensorError("arange: start, end and step must be finite and step nonzero")
    }
    let n = Swift.max(0, Int(((end - start) / step).rounded(.up)))
    return try Tensor(shape: [n], values: (0..<n).map { start + Double($0) * step }).to(dtype).contiguous()
  }

  /// `steps` evenly spaced numbers from `start` to `end`, both included.
  public static func linspace(_ start: Double, _ end: Double, _ steps: Int, dtype: DType = .float32) throws -> Tensor {
    guard steps >= 0 else { throw TensorError("linspace: steps must be non-negative, got \(steps)") }
    let step = steps > 1 ? (end - start) / Double(steps - 1) : 0
    // The second half counts back from `end`, as PyTorch does, so both ends are exact.
    let values = (0..<steps).map { i in i < steps / 2 ? start + step * Double(i) : end - step * Double(steps - 1 - i) }
    return try Tensor(shape: [steps], values: values).to(dtype).contiguous()
  }

  /// Zeros shaped like this tensor, of its dtype unless another is given.
  public func zerosLike(dtype: DType? = nil) -> Tensor { Tensor(empty: shape, dtype: dtype ?? self.dtype, zeroed: true) }
  /// Ones shaped like this tensor.
  public func onesLike(dtype: DType? = nil) throws -> Tensor { try Tensor.ones(shape, dtype: dtype ?? self.dtype) }
  /// `value` everywhere, shaped like this tensor.
  public func fullLike(_ value: Double, dtype: DType? = nil) throws -> Tensor {
    try Tensor.full(shape, value, dtype: dtype ?? self.dtype)
  }
  /// Standard normal samples shaped like this float tensor.
  public func randnLike(generator: Generator = .global) throws -> Tensor {
    try Tensor.randn(shape, dtype: dtype, generator: generator)
  }
  /// Uniform [0, 1) samples shaped like this float tensor.
  public func randLike(generator: Generator = .global) throws -> Tensor {
    try Tensor.rand(shape, dtype: dtype, generator: generator)
  }

  /// Writes `value` at a flat row-major position.
  func setElement(at flat: Int, to value: Double) {
    let position = storageIndex(ofFlat: flat)
    let base = storage.base
    switch dtype {
    case .float32: base.assumingMemoryBound(to: Float.self)[position] = Float(value)
    case .float64: base.assumingMemoryBound(to: Double.self)[position] = value
    case .int64: base.assumingMemoryBound(to: Int64.self)[position] = Int64(converting: value)
    case .bool: base.assumingMemoryBound(to: Bool.self)[position] = value != 0
    }
  }
}
