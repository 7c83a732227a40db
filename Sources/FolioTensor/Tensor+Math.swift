import CKernels

/// Elementwise functions of one tensor. Integer tensors go to float32 for the
/// transcendental ones (exp of a label is a float), and keep their dtype otherwise.
extension Tensor {
  /// The unary functions, one kernel each per dtype.
  enum UnaryFunction {
    case exp, log, sqrt, tanh, sigmoid, log1p

    /// The differentiable primitive with the same meaning.
    var primitive: Primitive {
      switch self {
      case .exp: .exp
      case .log: .log
      case .sqrt: .sqrt
      case .tanh: .tanh
      case .sigmoid: .sigmoid
      case .log1p: .log1p
      }
    }
  }

  /// eˣ.
  public func exp() -> Tensor { floating(.exp) }
  /// The natural logarithm.
  public func log() -> Tensor { floating(.log) }
  /// log(1 + x), accurate for small x.
  public func log1p() -> Tensor { floating(.log1p) }
  /// The square root.
  public func sqrt() -> Tensor { floating(.sqrt) }
  /// The hyperbolic tangent.
  public func tanh() -> Tensor { floating(.tanh) }
  /// The logistic function 1 / (1 + e⁻ˣ), computed without overflow for large |x|.
  public func sigmoid() -> Tensor { floating(.sigmoid) }

  /// |x|.
  public func abs() -> Tensor {
    Autodiff.recordElementwise(.abs, self) {
      switch dtype {
    case .float32: Kernels.map(self, to: dtype) { (x: Float) in Swift.abs(x) }
    case .float64: Kernels.map(self, to: dtype) { (x: Double) in Swift.abs(x) }
      case .int64: Kernels.map(self, to: dtype) { (x: Int64) in x == .min ? x : Swift.abs(x) }
      case .bool: clone()
      }
    }
  }

  /// -1, 0 or 1 by the sign of each element (NaN stays NaN).
  public func sign() -> Tensor {
    switch dtype {
    case .float32: Kernels.map(self, to: dtype) { (x: Float) in x > 0 ? 1 : x < 0 ? -1 : x }
    case .float64: Kernels.map(self, to: dtype) { (x: Double) in x > 0 ? 1 : x < 0 ? -1 : x }
    case .int64: Kernels.map(self, to: dtype) { (x: Int64) in x.signum() }
    case .bool: clone()
    }
  }

  /// max(x, 0).
  public func relu() -> Tensor {
    Autodiff.recordElementwise(.relu, self) {
      switch dtype {
    // `x < 0 ? 0 : x` keeps NaN as NaN, as PyTorch's relu does.
    case .float32: Kernels.map(self, to: dtype) { (x: Float) in x < 0 ? 0 : x }
    case .float64: Kernels.map(self, to: dtype) { (x: Double) in x < 0 ? 0 : x }
      case .int64: Kernels.map(self, to: dtype) { (x: Int64) in Swift.max(x, 0) }
      case .bool: clone()
      }
    }
  }

  /// Limits every element to `[min, max]`; either bound may be left out.
  public func clamp(min lower: Double? = nil, max upper: Double? = nil) throws -> Tensor {
    guard lower != nil || upper != nil else { throw TensorError("clamp: at least one of min and max must be given") }
    return try Autodiff.record(.clamp(min: lower, max: upper), [self]) { try clamped(lower, upper) }
  }

  private func clamped(_ lower: Double?, _ upper: Double?) throws -> Tensor {
    switch dtype {
    case .float32:
      let lo: Float = lower.map { Float($0) } ?? -.infinity
      let hi: Float = upper.map { Float($0) } ?? .infinity
      return Kernels.map(self, to: dtype) { (x: Float) in x < lo ? lo : x > hi ? hi : x }
    case .float64:
      let lo: Double = lower ?? -.infinity
      let hi: Double = upper ?? .infinity
      return Kernels.map(self, to: dtype) { (x: Double) in x < lo ? lo : x > hi ? hi : x }
    case .int64:
      // A fractional bound on an integer tensor makes the result float, as in PyTorch.
      let fractional = { (bound: Double?) -> Bool in bound.map { $0 != $0.rounded() } ?? false }
      if fractional(lower) || fractional(upper) {
        return try float().clamped(lower, upper)
      }
      let lo: Int64 = lower.map { Int64(converting: $0) } ?? .min
      let hi: Int64 = upper.map { Int64(converting: $0) } ?? .max
      return Kernels.map(self, to: dtype) { (x: Int64) in x < lo ? lo : x > hi ? hi : x }
    case .bool:
      return try long().clamped(lower, upper)
    }
  }

  /// Applies a floating-point function, converting integer tensors to float32 first.
  private func floating(_ function: UnaryFunction) -> Tensor {
    Autodiff.recordElementwise(function.primitive, self) { computeFloating(function) }
  }

  private func computeFloating(_ function: UnaryFunction) -> Tensor {
    if dtype == .float32 && (function == .exp || function == .sigmoid) {
      // The C kernels pick the widest SIMD the CPU has (see CKernels).
      let source = contiguous()
      let out = Tensor(empty: shape, dtype: .float32)
      let kernel = function == .exp ? folio_exp_f32 : folio_sigmoid_f32
      kernel(source.pointer(Float.self), out.pointer(Float.self), count)
      return out
    }
    switch dtype {
    case .float32: return Tensor.apply(function, Float.self, self)
    case .float64: return Tensor.apply(function, Double.self, self)
    case .int64, .bool: return Tensor.apply(function, Float.self, to(.float32))
    }
  }

  @inline(__always)
  private static func apply<T: FloatElement>(_ function: UnaryFunction, _: T.Type, _ t: Tensor) -> Tensor {
    switch function {
    case .exp: Kernels.map(t, to: T.dtype) { (x: T) in T.exp(x) }
    case .log: Kernels.map(t, to: T.dtype) { (x: T) in T.log(x) }
    case .log1p: Kernels.map(t, to: T.dtype) { (x: T) in T.log1p(x) }
    case .sqrt: Kernels.map(t, to: T.dtype) { (x: T) in x.squareRoot() }
    case .tanh: Kernels.map(t, to: T.dtype) { (x: T) in T.tanh(x) }
    case .sigmoid:
      Kernels.map(t, to: T.dtype) { (x: T) in
        if x >= 0 { return 1 / (1 + T.exp(-x)) }
        let e = T.exp(x)
        return e / (1 + e)
      }
    }
  }
}
