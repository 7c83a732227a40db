/// Comparisons giving bool tensors, selection with `where`, and logical operations on masks.
extension Tensor {
  /// The comparison operators.
  enum Comparison: String {
    case eq, ne, lt, le, gt, ge
  }

  public static func < (a: Tensor, b: Tensor) throws -> Tensor { try compare(.lt, a, b) }
  public static func <= (a: Tensor, b: Tensor) throws -> Tensor { try compare(.le, a, b) }
  public static func > (a: Tensor, b: Tensor) throws -> Tensor { try compare(.gt, a, b) }
  public static func >= (a: Tensor, b: Tensor) throws -> Tensor { try compare(.ge, a, b) }
  public static func < (a: Tensor, s: Double) -> Tensor { try! compare(.lt, a, scalar(s, for: a)) }
  public static func <= (a: Tensor, s: Double) -> Tensor { try! compare(.le, a, scalar(s, for: a)) }
  public static func > (a: Tensor, s: Double) -> Tensor { try! compare(.gt, a, scalar(s, for: a)) }
  public static func >= (a: Tensor, s: Double) -> Tensor { try! compare(.ge, a, scalar(s, for: a)) }

  /// `a == b` elementwise (`torch.eq`); named so Tensor's identity comparison stays `===`.
  public func eq(_ other: Tensor) throws -> Tensor { try Tensor.compare(.eq, self, other) }
  /// `a != b` elementwise.
  public func ne(_ other: Tensor) throws -> Tensor { try Tensor.compare(.ne, self, other) }

  /// Compares two tensors elementwise after broadcasting and promotion.
  static func compare(_ op: Comparison, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    let shape = a.shape == b.shape ? a.shape : try Broadcasting.shape(a.shape, b.shape, operation: op.rawValue)
    let dtype = DType.promoted(a.dtype, b.dtype)
    let (x, y) = (a.to(dtype), b.to(dtype))
    let (sx, sy) = (Broadcasting.strides(of: x, to: shape), Broadcasting.strides(of: y, to: shape))
    let out = Tensor(empty: shape, dtype: .bool)
    switch dtype {
    case .float32: comparing(op, Float.self, x, sx, y, sy, out)
    case .float64: comparing(op, Double.self, x, sx, y, sy, out)
    case .int64: comparing(op, Int64.self, x, sx, y, sy, out)
    case .bool: comparing(op, Int64.self, x.long(), sx, y.long(), sy, out)
    }
    return out
  }

  @inline(__always)
  private static func comparing<T: Comparable>(
    _ op: Comparison, _: T.Type, _ a: Tensor, _ sa: [Int], _ b: Tensor, _ sb: [Int], _ out: Tensor
  ) {
    switch op {
    case .eq: Kernels.zip(a, sa, b, sb, into: out) { (x: T, y: T) in x == y }
    case .ne: Kernels.zip(a, sa, b, sb, into: out) { (x: T, y: T) in x != y }
    case .lt: Kernels.zip(a, sa, b, sb, into: out) { (x: T, y: T) in x < y }
    case .le: Kernels.zip(a, sa, b, sb, into: out) { (x: T, y: T) in x <= y }
    case .gt: Kernels.zip(a, sa, b, sb, into: out) { (x: T, y: T) in x > y }
    case .ge: Kernels.zip(a, sa, b, sb, into: out) { (x: T, y: T) in x >= y }
    }
  }

  /// Elements of `a` where `condition` holds and of `b` elsewhere, all three broadcast
  /// together (`torch.where`).
  public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard condition.dtype == .bool else {
      throw TensorError("where: the condition must be a bool tensor, got \(condition.dtype)")
    }
    return try Autodiff.record(.select, [condition, a, b]) { try selecting(condition, a, b) }
  }

  private static func selecting(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    let shape = try Broadcasting.shape(
      try Broadcasting.shape(condition.shape, a.shape, operation: "where"), b.shape, operation: "where")
    let dtype = DType.promoted(a.dtype, b.dtype)
    let (x, y) = (a.to(dtype), b.to(dtype))
    let out = Tensor(empty: shape, dtype: dtype)
    let (sc, sx, sy) = (
      Broadcasting.strides(of: condition, to: shape), Broadcasting.strides(of: x, to: shape),
      Broadcasting.strides(of: y, to: shape)
    )
    func select<T>(_: T.Type) {
      Kernels.zip3(condition, sc, x, sx, y, sy, into: out) { (c: Bool, p: T, q: T) in c ? p : q }
    }
    switch dtype {
    case .float32: select(Float.self)
    case .float64: select(Double.self)
    case .int64: select(Int64.self)
    case .bool: select(Bool.self)
    }
    return out
  }

  /// `where` with a scalar on either or both sides.
  public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Double) throws -> Tensor {
    try `where`(condition, a, scalar(b, for: a))
  }

  /// True where the mask is false.
  public func logicalNot() throws -> Tensor {
    guard dtype == .bool else { throw TensorError("logicalNot: expected a bool tensor, got \(dtype)") }
    return Kernels.map(self, to: .bool) { (x: Bool) in !x }
  }

  /// True where both masks are.
  public func logicalAnd(_ other: Tensor) throws -> Tensor { try (bool() * other.bool()).bool() }
  /// True where either mask is.
  public func logicalOr(_ other: Tensor) throws -> Tensor { try (bool() + other.bool()).bool() }
}
