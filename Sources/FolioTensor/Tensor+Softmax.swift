import Glibc

/// Softmax, its logarithm, log-sum-exp and cumulative sums along one dimension.
extension Tensor {
  /// The operations that map each line of elements along a dimension to a new line.
  enum LineTransform: String {
    case softmax, logSoftmax, cumsum
  }

  /// log Σ exp(x) over `dims`, computed stably by subtracting the maximum first.
  public func logSumExp(dims: [Int], keepDim: Bool = false) throws -> Tensor {
    guard dtype.isFloatingPoint else { throw TensorError("logSumExp: expected a float32 or float64 tensor, got \(dtype)") }
    return try Autodiff.record(.logSumExp(dims: dims, keepDim: keepDim), [self]) {
      let layout = try ReductionLayout(self, dims: dims, keepDim: keepDim, "logSumExp")
      func rows<T: FloatElement>(_: T.Type) -> Tensor {
        rowwise(layout, T.self, T.self) { row, n in Tensor.logSumExp(row, n) }
      }
      return dtype == .float32 ? rows(Float.self) : rows(Double.self)
    }
  }

  /// log Σ exp(x) along one dimension.
  public func logSumExp(dim: Int, keepDim: Bool = false) throws -> Tensor { try logSumExp(dims: [dim], keepDim: keepDim) }

  /// exp(x) / Σ exp(x) along `dim`.
  public func softmax(dim: Int) throws -> Tensor {
    // Tracked, it is composed from primitives so both modes differentiate it.
    if Autodiff.isTracked(self) { return try logSoftmax(dim: dim).exp() }
    return try transformLines(.softmax, dim)
  }

  /// log softmax(x) along `dim`: x − logΣexp(x), without forming the softmax.
  public func logSoftmax(dim: Int) throws -> Tensor {
    let d = try axis(dim, "logSoftmax")
    return try Autodiff.record(.logSoftmax(dim: d), [self]) { try transformLines(.logSoftmax, d) }
  }

  /// Running sums along `dim`; integer and bool tensors sum in int64.
  public func cumsum(dim: Int) throws -> Tensor {
    try Autodiff.requireUntracked(self, "cumsum")
    return try transformLines(.cumsum, dim)
  }

  private func transformLines(_ transform: LineTransform, _ dim: Int) throws -> Tensor {
    let d = try axis(dim, transform.rawValue)
    let source: Tensor
    switch (dtype, transform) {
    case (.float32, _), (.float64, _): source = self
    case (_, .cumsum): source = long()
    default: source = float()
    }
    let layout = try ReductionLayout(source, dims: rank == 0 ? nil : [d], keepDim: true, transform.rawValue)
    let out = Tensor(empty: layout.rows.shape, dtype: source.dtype)
    func lines<T: TensorElement>(_: T.Type, _ body: (UnsafePointer<T>, UnsafeMutablePointer<T>, Int) -> Void) {
      let (o, x, n) = (out.pointer(T.self), layout.rows.pointer(T.self), layout.rowLength)
      for r in 0..<layout.rowCount { body(x + r * n, o + r * n, n) }
    }
    switch source.dtype {
    case .float32: lines(Float.self) { Tensor.transform(transform, $0, $1, $2) }
    case .float64: lines(Double.self) { Tensor.transform(transform, $0, $1, $2) }
    default:
      lines(Int64.self) { row, out, n in
        var total: Int64 = 0
        for i in 0..<n {
          total &+= row[i]
          out[i] = total
        }
      }
    }
    return try ReductionLayout.restore(out, dim: d, rank: rank)
  }

  private static func transform<T: FloatElement>(
    _ transform: LineTransform, _ row: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>, _ n: Int
  ) {
    switch transform {
    case .softmax:
      let shift = maximum(row, n)
      var total: Double = 0
      for i in 0..<n {
        out[i] = T.exp(row[i] - shift)
        total += Double(out[i])
      }
      let scale = T(1 / total)
      for i in 0..<n { out[i] *= scale }
    case .logSoftmax:
      let lse = logSumExp(row, n)
      for i in 0..<n { out[i] = row[i] - lse }
    case .cumsum:
      var total: Double = 0
      for i in 0..<n {
        total += Double(row[i])
        out[i] = T(total)
      }
    }
  }

  /// The largest finite-or-infinite element of a line; an all −∞ line shifts by 0 so the
  /// result is −∞ rather than NaN.
  private static func maximum<T: FloatElement>(_ row: UnsafePointer<T>, _ n: Int) -> T {
    var best = -T.infinity
    for i in 0..<n where row[i] > best { best = row[i] }
    return best.isFinite ? best : (best == -.infinity ? 0 : best)
  }

  /// log Σ exp over a line, shifted by its maximum.
  static func logSumExp<T: FloatElement>(_ row: UnsafePointer<T>, _ n: Int) -> T {
    let shift = maximum(row, n)
    var total: Double = 0
    for i in 0..<n { total += Double(T.exp(row[i] - shift)) }
    return shift + T(Glibc.log(total))
  }
}
