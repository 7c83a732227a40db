import CKernels
import Glibc

/// Optimizer updates done in one pass over a parameter's elements, written into it in place
/// (PyTorch's `add_(g, alpha:)` and `fused=True` Adam). Composed from separate tensor
/// operations, an Adam step reads and writes the parameter-sized tensors a dozen times and
/// allocates half as many temporaries; on a 784-100-10 network that was half of each step.
extension Tensor {
  /// `self += alpha · other` in place, for a float tensor and an operand broadcast to it.
  public func addInPlace(_ other: Tensor, scaledBy alpha: Double) throws {
    let operand = try inPlaceOperand(other, operation: "add_")
    guard dtype.isFloatingPoint, other.dtype == dtype else {
      throw TensorError("add_: expected two tensors of one float dtype, got \(dtype) and \(other.dtype)")
    }
    let strides = Broadcasting.strides(of: operand, to: shape)
    let own = Broadcasting.strides(of: self, to: shape)
    switch dtype {
    case .float32:
      let a = Float(alpha)
      Kernels.zip(self, own, operand, strides, into: self) { (x: Float, y: Float) in x + a * y }
    default:
      Kernels.zip(self, own, operand, strides, into: self) { (x: Double, y: Double) in x + alpha * y }
    }
  }

  /// The settings of one Adam step; `correction1` and `correction2` are 1 − βᵗ.
  public struct AdamStep {
    public var learningRate, beta1, beta2, eps, correction1, correction2: Double
    /// Added to the gradient times the parameter (Adam's L2 penalty).
    public var weightDecay: Double
    /// The factor the parameter is scaled by first (AdamW's decoupled decay), usually 1.
    public var decay: Double

    public init(
      learningRate: Double, beta1: Double, beta2: Double, eps: Double, step: Int, weightDecay: Double = 0,
      decay: Double = 1
    ) {
      (self.learningRate, self.beta1, self.beta2, self.eps, self.weightDecay, self.decay) =
        (learningRate, beta1, beta2, eps, weightDecay, decay)
      correction1 = 1 - Glibc.pow(beta1, Double(step))
      correction2 = 1 - Glibc.pow(beta2, Double(step))
    }
  }

  /// One Adam step on this parameter with its moments `m` and `v`, in one pass:
  /// g ← g + λp; m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; p ← decay·p − lr·(m/c₁)/(√(v/c₂) + ε).
  /// Returns false, changing nothing, unless all four are contiguous tensors of one float
  /// dtype and shape; the caller then composes the step from tensor operations.
  public func adamUpdate(gradient: Tensor, m: Tensor, v: Tensor, _ step: AdamStep) throws -> Bool {
    let operands = [gradient, m, v]
    guard dtype.isFloatingPoint, isContiguous, operands.allSatisfy({ $0.dtype == dtype && $0.shape == shape && $0.isContiguous })
    else { return false }
    try Autodiff.requireInPlaceAllowed(self, "adam")
    switch dtype {
    case .float32: adam(Float.self, gradient, m, v, step, folio_adam_f32)
    default: adam(Double.self, gradient, m, v, step, folio_adam_f64)
    }
    return true
  }

  private func adam<T: FloatElement>(
    _: T.Type, _ gradient: Tensor, _ m: Tensor, _ v: Tensor, _ s: AdamStep,
    _ kernel: (UnsafeMutablePointer<T>, UnsafePointer<T>, UnsafeMutablePointer<T>, UnsafeMutablePointer<T>, Int, UnsafePointer<folio_adam_step>) -> Void
  ) {
    var settings = folio_adam_step(
      beta1: s.beta1, beta2: s.beta2, eps: s.eps, step_size: s.learningRate / s.correction1,
      root2: s.correction2.squareRoot(), weight_decay: s.weightDecay, decay: s.decay)
    kernel(pointer(T.self), gradient.pointer(T.self), m.pointer(T.self), v.pointer(T.self), count, &settings)
  }
}
