/// Sums, means, extremes and statistics over all elements or given dimensions, with
/// `keepDim` keeping reduced dimensions as size 1 so the result broadcasts back.
extension Tensor {
  /// The sum of the elements over `dims` (all when nil). Integer and bool tensors sum to int64.
  public func sum(dims: [Int]? = nil, keepDim: Bool = false) throws -> Tensor {
    switch dtype {
    case .float32, .float64:
      return try Autodiff.record(.sum(dims: dims, keepDim: keepDim), [self]) { try floatSum(dims, keepDim, divideByCount: false) }
    case .int64, .bool:
      let layout = try ReductionLayout(long(), dims: dims, keepDim: keepDim, "sum")
      return rowwise(layout, Int64.self, Int64.self) { row, n in
        var total: Int64 = 0
        for i in 0..<n { total &+= row[i] }
        return total
      }
    }
  }

  /// The sum of all elements as a scalar tensor.
  public func sum() -> Tensor { try! sum(dims: nil) }

  /// The mean over `dims` (all when nil); floating-point tensors only, as in PyTorch.
  public func mean(dims: [Int]? = nil, keepDim: Bool = false) throws -> Tensor {
    switch dtype {
    case .float32, .float64:
      return try Autodiff.record(.mean(dims: dims, keepDim: keepDim), [self]) { try floatSum(dims, keepDim, divideByCount: true) }
    case .int64, .bool: throw TensorError("mean: expected a float32 or float64 tensor, got \(dtype); use .float() first")
    }
  }

  /// The variance over `dims` with Bessel's correction (`correction` 1) by default.
  public func variance(dims: [Int]? = nil, correction: Int = 1, keepDim: Bool = false) throws -> Tensor {
    guard dtype.isFloatingPoint else { throw TensorError("var: expected a float32 or float64 tensor, got \(dtype)") }
    let centred = try self - mean(dims: dims, keepDim: true)
    let squares = try (centred * centred).sum(dims: dims, keepDim: keepDim)
    let n = try ReductionLayout.axes(self, dims, "var").reduce(1) { $0 * shape[$1] }
    return squares / Double(Swift.max(n - correction, 0))
  }

  /// The standard deviation over `dims`, the square root of `variance`.
  public func std(dims: [Int]? = nil, correction: Int = 1, keepDim: Bool = false) throws -> Tensor {
    try variance(dims: dims, correction: correction, keepDim: keepDim).sqrt()
  }

  /// The Euclidean norm of all elements, or the p-norm for another `p`.
  public func norm(p: Double = 2, dims: [Int]? = nil, keepDim: Bool = false) throws -> Tensor {
    guard dtype.isFloatingPoint else { throw TensorError("norm: expected a float32 or float64 tensor, got \(dtype)") }
    guard p > 0 else { throw TensorError("norm: p must be positive, got \(p)") }
    if p == 2 { return try (self * self).sum(dims: dims, keepDim: keepDim).sqrt() }
    if p == 1 { return try abs().sum(dims: dims, keepDim: keepDim) }
    if p == .infinity { return try abs().max(dims: dims, keepDim: keepDim) }
    return try abs().pow(p).sum(dims: dims, keepDim: keepDim).pow(1 / p)
  }

  /// The sum or mean of a float tensor, in its own element type.
  private func floatSum(_ dims: [Int]?, _ keepDim: Bool, divideByCount: Bool) throws -> Tensor {
    dtype == .float32
      ? try floatSum(Float.self, dims, keepDim, divideByCount: divideByCount)
      : try floatSum(Double.self, dims, keepDim, divideByCount: divideByCount)
  }

  /// Sums in the element type with SIMD lanes, adding blocks of partial sums in Double so a
  /// million float32 elements keep their precision.
  private func floatSum<T: FloatElement>(_: T.Type, _ dims: [Int]?, _ keepDim: Bool, divideByCount: Bool) throws -> Tensor {
    let axes = try ReductionLayout.axes(self, dims, "sum")
    let n = axes.reduce(1) { $0 * shape[$1] }
    let scale = divideByCount ? 1 / Double(n) : 1
    // Summing over leading dimensions of a contiguous tensor (a bias gradient) adds whole
    // rows, which vectorises without moving the data.
    if isContiguous, !axes.isEmpty, axes == Array(0..<axes.count), axes.count < rank {
      let inner = count / Swift.max(n, 1)
      let outShape = keepDim ? shape.indices.map { $0 < axes.count ? 1 : shape[$0] } : Array(shape[axes.count...])
      let out = Tensor(empty: outShape, dtype: dtype, zeroed: true)
      let (o, x) = (out.pointer(T.self), pointer(T.self))
      for r in 0..<n {
        let row = x + r * inner
        for j in 0..<inner { o[j] += row[j] }
      }
      if divideByCount { for j in 0..<inner { o[j] = T(Double(o[j]) * scale) } }
      return out
    }
    let layout = try ReductionLayout(self, dims: dims, keepDim: keepDim, "sum")
    return rowwise(layout, T.self, T.self) { row, n in T(Tensor.blockSum(row, n) * scale) }
  }

  /// The sum of `n` elements: 16 lanes within blocks of 4096, blocks added in Double.
  static func blockSum<T: FloatElement>(_ p: UnsafePointer<T>, _ n: Int) -> Double {
    var total: Double = 0
    var start = 0
    while start < n {
      let end = Swift.min(start + 4096, n)
      var lanes = SIMD16<T>()
      var i = start
      while i + 16 <= end {
        lanes += UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<T>.self)
        i += 16
      }
      var block = lanes.sum()
      while i < end {
        block += p[i]
        i += 1
      }
      total += Double(block)
      start = end
    }
    return total
  }

  /// Reduces each row of `layout` to one element with `reduce(row, length)`.
  @inline(__always)
  func rowwise<T, R: TensorElement>(_ layout: ReductionLayout, _: T.Type, _: R.Type, _ reduce: (UnsafePointer<T>, Int) -> R) -> Tensor {
    let out = Tensor(empty: layout.outputShape, dtype: R.dtype)
    let (o, x) = (out.pointer(R.self), layout.rows.pointer(T.self))
    for r in 0..<layout.rowCount { o[r] = reduce(x + r * layout.rowLength, layout.rowLength) }
    return out
  }
}
