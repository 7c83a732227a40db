/// Elementwise arithmetic with NumPy broadcasting and PyTorch's type promotion, scalars on
/// either side, and the in-place forms that update a tensor for every name it has.
extension Tensor {
  /// The arithmetic operators, one kernel each per dtype.
  enum Arithmetic: String {
    case add, sub, mul, div, pow, maximum, minimum

    /// The differentiable primitive with the same meaning.
    var primitive: Primitive {
      switch self {
      case .add: .add
      case .sub: .sub
      case .mul: .mul
      case .div: .div
      case .pow: .pow
      case .maximum: .maximum
      case .minimum: .minimum
      }
    }
  }

  public static func + (a: Tensor, b: Tensor) throws -> Tensor { try arithmetic(.add, a, b) }
  public static func - (a: Tensor, b: Tensor) throws -> Tensor { try arithmetic(.sub, a, b) }
  /// Elementwise product (not matrix multiplication).
  public static func * (a: Tensor, b: Tensor) throws -> Tensor { try arithmetic(.mul, a, b) }
  /// True division: integer tensors give float32, as in PyTorch.
  public static func / (a: Tensor, b: Tensor) throws -> Tensor { try arithmetic(.div, a, b) }

  public static func + (t: Tensor, s: Double) -> Tensor { try! arithmetic(.add, t, scalar(s, for: t)) }
  public static func + (s: Double, t: Tensor) -> Tensor { try! arithmetic(.add, scalar(s, for: t), t) }
  public static func - (t: Tensor, s: Double) -> Tensor { try! arithmetic(.sub, t, scalar(s, for: t)) }
  public static func - (s: Double, t: Tensor) -> Tensor { try! arithmetic(.sub, scalar(s, for: t), t) }
  public static func * (t: Tensor, s: Double) -> Tensor { try! arithmetic(.mul, t, scalar(s, for: t)) }
  public static func * (s: Double, t: Tensor) -> Tensor { try! arithmetic(.mul, scalar(s, for: t), t) }
  public static func / (t: Tensor, s: Double) -> Tensor { try! arithmetic(.div, t, scalar(s, for: t)) }
  public static func / (s: Double, t: Tensor) -> Tensor { try! arithmetic(.div, scalar(s, for: t), t) }

  /// An integer scalar keeps an int64 tensor int64.
  public static func + (t: Tensor, s: Int) -> Tensor { try! arithmetic(.add, t, scalar(s, for: t)) }
  public static func + (s: Int, t: Tensor) -> Tensor { try! arithmetic(.add, scalar(s, for: t), t) }
  public static func - (t: Tensor, s: Int) -> Tensor { try! arithmetic(.sub, t, scalar(s, for: t)) }
  public static func - (s: Int, t: Tensor) -> Tensor { try! arithmetic(.sub, scalar(s, for: t), t) }
  public static func * (t: Tensor, s: Int) -> Tensor { try! arithmetic(.mul, t, scalar(s, for: t)) }
  public static func * (s: Int, t: Tensor) -> Tensor { try! arithmetic(.mul, scalar(s, for: t), t) }
  public static func / (t: Tensor, s: Int) -> Tensor { try! arithmetic(.div, t, scalar(s, for: t)) }
  public static func / (s: Int, t: Tensor) -> Tensor { try! arithmetic(.div, scalar(s, for: t), t) }

  /// `-t`.
  public static prefix func - (t: Tensor) -> Tensor { t * -1 }

  /// Elementwise power.
  public func pow(_ exponent: Tensor) throws -> Tensor { try Tensor.arithmetic(.pow, self, exponent) }
  /// Elementwise power with a scalar exponent; squares and square roots take exact paths.
  public func pow(_ exponent: Double) -> Tensor {
    if exponent == 2 { return try! Tensor.arithmetic(.mul, self, self) }
    if exponent == 1 { return clone() }
    if exponent == 0.5 && dtype.isFloatingPoint { return sqrt() }
    let integral = exponent == exponent.rounded() && !dtype.isFloatingPoint && exponent >= 0
    return try! Tensor.arithmetic(.pow, self, integral ? Tensor.scalar(Int(exponent), for: self) : Tensor.scalar(exponent, for: self))
  }
  /// The larger of two tensors elementwise (`torch.maximum`).
  public func maximum(_ other: Tensor) throws -> Tensor { try Tensor.arithmetic(.maximum, self, other) }
  /// The smaller of two tensors elementwise.
  public func minimum(_ other: Tensor) throws -> Tensor { try Tensor.arithmetic(.minimum, self, other) }

  /// `t += u` in place: `u` must broadcast to `t`'s shape and its dtype must convert to
  /// `t`'s without loss of kind (a float into an int64 tensor is an error, as in PyTorch).
  public static func += (t: Tensor, u: Tensor) throws { try t.update(.add, with: u) }
  public static func -= (t: Tensor, u: Tensor) throws { try t.update(.sub, with: u) }
  public static func *= (t: Tensor, u: Tensor) throws { try t.update(.mul, with: u) }
  public static func /= (t: Tensor, u: Tensor) throws { try t.update(.div, with: u) }
  public static func += (t: Tensor, s: Double) throws { try t.update(.add, with: scalar(s, for: t)) }
  public static func -= (t: Tensor, s: Double) throws { try t.update(.sub, with: scalar(s, for: t)) }
  public static func *= (t: Tensor, s: Double) throws { try t.update(.mul, with: scalar(s, for: t)) }
  public static func /= (t: Tensor, s: Double) throws { try t.update(.div, with: scalar(s, for: t)) }

  /// A zero-dimensional tensor for a floating-point scalar: it takes the tensor's dtype when
  /// that is floating point, else float32 (a Python float does not widen a float32 tensor).
  public static func scalar(_ value: Double, for t: Tensor) -> Tensor {
    let dtype = t.dtype.isFloatingPoint ? t.dtype : .float32
    return dtype == .float64 ? Tensor(scalar: value) : Tensor(scalar: Float(value))
  }

  /// A zero-dimensional tensor for an integer scalar, which keeps the tensor's dtype.
  public static func scalar(_ value: Int, for t: Tensor) -> Tensor {
    switch t.dtype {
    case .float32: Tensor(scalar: Float(value))
    case .float64: Tensor(scalar: Double(value))
    case .int64, .bool: Tensor(scalar: Int64(value))
    }
  }

  /// The dtype an arithmetic operation computes in.
  private static func resultType(_ op: Arithmetic, _ a: DType, _ b: DType) -> DType {
    var dtype = DType.promoted(a, b)
    if dtype == .bool { dtype = .int64 }
    if op == .div && !dtype.isFloatingPoint { dtype = .float32 }
    return dtype
  }

  /// Broadcasts, promotes and applies one arithmetic operation into a new tensor.
  static func arithmetic(_ op: Arithmetic, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    try Autodiff.record(op.primitive, [a, b]) {
      let shape = a.shape == b.shape ? a.shape : try Broadcasting.shape(a.shape, b.shape, operation: op.rawValue)
      let dtype = resultType(op, a.dtype, b.dtype)
      let out = Tensor(empty: shape, dtype: dtype)
      apply(op, a.to(dtype), b.to(dtype), into: out)
      return out
    }
  }

  /// Applies `op` to this tensor and `u` and writes the result back into this tensor.
  func update(_ op: Arithmetic, with u: Tensor) throws {
    let operand = try inPlaceOperand(u, operation: op.rawValue + "_")
    let dtype = Tensor.resultType(op, self.dtype, u.dtype)
    guard dtype == self.dtype else {
      throw TensorError("\(op.rawValue)_: the result is \(dtype) but the tensor updated in place is \(self.dtype)")
    }
    Tensor.apply(op, self, operand.to(dtype), into: self)
  }

  /// `u` checked as the operand of an in-place `operation` on this tensor: the change must be
  /// allowed, and `u` must broadcast to this tensor's shape. An operand that overlaps this
  /// tensor in another layout (a += a.T) is read from a copy.
  func inPlaceOperand(_ u: Tensor, operation: String) throws -> Tensor {
    try Autodiff.requireInPlaceAllowed(self, operation)
    let target = try Broadcasting.shape(shape, u.shape, operation: operation)
    guard target == shape else {
      throw TensorError("\(operation): cannot update a tensor of shape \(shape) in place with shape \(u.shape)")
    }
    return u.storage === storage && (u.offset != offset || u.strides != strides) ? u.clone() : u
  }

  /// Runs the kernel for `op` on operands of `out`'s dtype, broadcasting them to its shape.
  private static func apply(_ op: Arithmetic, _ a: Tensor, _ b: Tensor, into out: Tensor) {
    let (sa, sb) = (Broadcasting.strides(of: a, to: out.shape), Broadcasting.strides(of: b, to: out.shape))
    switch out.dtype {
    case .float32: floating(op, Float.self, a, sa, b, sb, out)
    case .float64: floating(op, Double.self, a, sa, b, sb, out)
    case .int64, .bool: integer(op, a, sa, b, sb, out)
    }
  }

  @inline(__always)
  private static func floating<T: FloatElement>(
    _ op: Arithmetic, _: T.Type, _ a: Tensor, _ sa: [Int], _ b: Tensor, _ sb: [Int], _ out: Tensor
  ) {
    switch op {
    case .add: Kernels.zip(a, sa, b, sb, into: out) { (x: T, y: T) in x + y }
    case .sub: Kernels.zip(a, sa, b, sb, into: out) { (x: T, y: T) in x - y }
    case .mul: Kernels.zip(a, sa, b, sb, into: out) { (x: T, y: T) in x * y }
    case .div: Kernels.zip(a, sa, b, sb, into: out) { (x: T, y: T) in x / y }
    case .pow: Kernels.zip(a, sa, b, sb, into: out) { (x: T, y: T) in T.pow(x, y) }
    // NaN propagates, as in PyTorch.
    case .maximum: Kernels.zip(a, sa, b, sb, into: out) { (x: T, y: T) in x.isNaN || y.isNaN ? .nan : Swift.max(x, y) }
    case .minimum: Kernels.zip(a, sa, b, sb, into: out) { (x: T, y: T) in x.isNaN || y.isNaN ? .nan : Swift.min(x, y) }
    }
  }

  private static func integer(_ op: Arithmetic, _ a: Tensor, _ sa: [Int], _ b: Tensor, _ sb: [Int], _ out: Tensor) {
    switch op {
    case .add: Kernels.zip(a, sa, b, sb, into: out) { (x: Int64, y: Int64) in x &+ y }
    case .sub: Kernels.zip(a, sa, b, sb, into: out) { (x: Int64, y: Int64) in x &- y }
    case .mul: Kernels.zip(a, sa, b, sb, into: out) { (x: Int64, y: Int64) in x &* y }
    case .pow: Kernels.zip(a, sa, b, sb, into: out) { (x: Int64, y: Int64) in integerPower(x, y) }
    case .maximum: Kernels.zip(a, sa, b, sb, into: out) { (x: Int64, y: Int64) in Swift.max(x, y) }
    case .minimum: Kernels.zip(a, sa, b, sb, into: out) { (x: Int64, y: Int64) in Swift.min(x, y) }
    case .div: preconditionFailure("integer division is computed in float32")
    }
  }

  /// `x` to the power `y` by repeated squaring, wrapping on overflow; negative powers of
  /// integers other than ±1 truncate to 0, as integer arithmetic does.
  private static func integerPower(_ x: Int64, _ y: Int64) -> Int64 {
    if y < 0 { return x == 1 ? 1 : x == -1 ? (y % 2 == 0 ? 1 : -1) : 0 }
    var (base, exponent, result) = (x, y, Int64(1))
    while exponent > 0 {
      if exponent & 1 == 1 { result &*= base }
      base &*= base
      exponent >>= 1
    }
    return result
  }
}
