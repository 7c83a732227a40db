/// Functional transforms in the style of JAX and `torch.func`: functions of tensors in,
/// functions (or values) out. Compose them for higher derivatives: `hvp` is `jvp` of `grad`.
public enum Transforms {
  /// The value of `f` at `primals` and its directional derivative along `tangents`, computed
  /// in one forward pass without building a reverse graph.
  public static func jvp(
    _ f: ([Tensor]) throws -> Tensor, primals: [Tensor], tangents: [Tensor]
  ) throws -> (value: Tensor, tangent: Tensor) {
    guard primals.count == tangents.count else {
      throw TensorError("jvp: \(primals.count) primals but \(tangents.count) tangents")
    }
    let duals = try zip(primals, tangents).map { primal, tangent in
      guard primal.dtype.isFloatingPoint else { throw TensorError("jvp: primals must be float tensors, not \(primal.dtype)") }
      guard tangent.shape == primal.shape else {
        throw TensorError("jvp: a tangent of shape \(tangent.shape) does not match its primal's shape \(primal.shape)")
      }
      let dual = primal.requiresGrad && GradMode.isEnabled ? try primal.reshape(primal.shape) : primal.detach()
      dual.tangent = tangent.to(primal.dtype)
      return dual
    }
    let value = try f(duals)
    let tangent = value.tangent ?? value.zerosLike()
    let result = value.detach()
    return (result, tangent.detach())
  }

  /// The value of `f` at `primals` and the products of `cotangent` with its Jacobian, one per
  /// primal (reverse mode).
  public static func vjp(
    _ f: ([Tensor]) throws -> Tensor, primals: [Tensor], cotangent: Tensor
  ) throws -> (value: Tensor, cotangents: [Tensor]) {
    let leaves = try primals.map(leaf)
    let value = try withGradMode(true) { try f(leaves) }
    guard value.requiresGrad else { return (value, primals.map { $0.zerosLike() }) }
    let grads = try Tensor.grad(of: [value], wrt: leaves, gradOutputs: [cotangent], createGraph: nested(primals))
    return (value, grads)
  }

  /// `f`'s value and gradient at `primals`, for `f` giving a one-element tensor.
  public static func valueAndGrad(
    _ f: @escaping ([Tensor]) throws -> Tensor
  ) -> ([Tensor]) throws -> (value: Tensor, grads: [Tensor]) {
    { primals in
      let leaves = try primals.map(leaf)
      let value = try withGradMode(true) { try f(leaves) }
      guard value.count == 1 else {
        throw TensorError("grad: the function must return a one-element tensor, got shape \(value.shape)")
      }
      guard value.requiresGrad else { return (value, primals.map { $0.zerosLike() }) }
      return (value, try Tensor.grad(of: [value], wrt: leaves, createGraph: nested(primals)))
    }
  }

  /// The gradient of `f`, for `f` giving a one-element tensor.
  public static func grad(_ f: @escaping ([Tensor]) throws -> Tensor) -> ([Tensor]) throws -> [Tensor] {
    let both = valueAndGrad(f)
    return { try both($0).grads }
  }

  /// The Hessian of `f` at `primals` times `vectors`, by forward mode over reverse mode.
  public static func hvp(_ f: @escaping ([Tensor]) throws -> Tensor, primals: [Tensor], vectors: [Tensor]) throws -> [Tensor] {
    let gradient = grad(f)
    var products: [Tensor] = []
    for k in primals.indices {
      // One jvp per output of the gradient: each is a function of all the primals.
      products.append(try jvp({ try gradient($0)[k] }, primals: primals, tangents: vectors).tangent)
    }
    return products
  }

  /// A tensor to differentiate with respect to: a new leaf, or, when an enclosing transform
  /// is already differentiating `x`, an identity of it that keeps the outer graph connected.
  private static func leaf(_ x: Tensor) throws -> Tensor {
    if Autodiff.isTracked(x) && x.requiresGrad { return try x.reshape(x.shape) }
    let leaf = x.detach()
    leaf.tangent = x.tangent
    leaf.requiresGrad = x.dtype.isFloatingPoint
    return leaf
  }

  /// Whether an enclosing transform differentiates these primals, so the inner pass must be
  /// recorded too.
  private static func nested(_ primals: [Tensor]) -> Bool {
    GradMode.isEnabled && primals.contains(where: \.requiresGrad)
  }
}
