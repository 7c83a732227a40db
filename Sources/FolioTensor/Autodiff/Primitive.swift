/// The differentiable primitives: every tracked operation is one of these or is built from
/// them, so its derivatives in both modes come from this one table.
///
/// Each entry gives its reverse rule (the vector-Jacobian product: the output's cotangent to
/// the inputs' cotangents) and its forward rule (the Jacobian-vector product: the inputs'
/// tangents to the output's) side by side. Rules are written with ordinary tensor
/// operations, which record themselves when gradients are enabled, so a backward pass run
/// with `createGraph` can be differentiated again.
enum Primitive {
  case add, sub, mul, div, pow, maximum, minimum
  case exp, log, log1p, sqrt, tanh, sigmoid, relu, abs
  case clamp(min: Double?, max: Double?)
  /// `where(condition, a, b)`; the condition is input 0 and has no derivative.
  case select
  case matmul
  case sum(dims: [Int]?, keepDim: Bool)
  case mean(dims: [Int]?, keepDim: Bool)
  case logSumExp(dims: [Int], keepDim: Bool)
  /// x − logΣexp(x) along `dim`: a primitive rather than a composition because cross-entropy
  /// runs it every step, and its rules are two operations.
  case logSoftmax(dim: Int)
  case reshape
  case permute([Int])
  case expand
  case slice(dim: Int, start: Int, end: Int, step: Int)
  /// The adjoint of `slice`: the input placed into zeros of `shape`.
  case sliceScatter(shape: [Int], dim: Int, start: Int, end: Int, step: Int)
  case index([TensorIndex])
  /// The adjoint of `index`: the input added into zeros of `shape` at the selection.
  case indexScatter([TensorIndex], shape: [Int])
  case gather(dim: Int, index: Tensor)
  /// The adjoint of `gather`: the input added into zeros of `shape` along `dim`.
  case scatterAdd(shape: [Int], dim: Int, index: Tensor)
  case cat(dim: Int)
  case convert
  case unfold(kernel: (Int, Int), stride: (Int, Int), padding: (Int, Int))
  case fold(size: (Int, Int), kernel: (Int, Int), stride: (Int, Int), padding: (Int, Int))
  case maxPool(indices: Tensor)
  case maxUnpool(indices: Tensor, size: (Int, Int))

  /// A primitive's two derivative rules.
  struct Rules {
    /// Cotangent of the output to cotangents of the inputs (nil where not needed).
    let vjp: (_ g: Tensor, _ needs: [Bool]) throws -> [Tensor?]
    /// Tangents of the inputs (nil meaning zero) to the tangent of the output.
    let jvp: (_ t: [Tensor?]) throws -> Tensor
  }

  /// The rules for this primitive applied to inputs `x` with result `y`.
  func rules(_ x: [Tensor], _ y: Tensor) -> Rules {
    switch self {
    case .add:
      return Rules(
        vjp: { g, n in [n[0] ? try g.sumTo(x[0].shape) : nil, n[1] ? try g.sumTo(x[1].shape) : nil] },
        jvp: { t in try total([t[0], t[1]], y) })
    case .sub:
      return Rules(
        vjp: { g, n in [n[0] ? try g.sumTo(x[0].shape) : nil, n[1] ? try (-g).sumTo(x[1].shape) : nil] },
        jvp: { t in try total([t[0], t[1].map { -$0 }], y) })
    case .mul:
      return Rules(
        vjp: { g, n in [n[0] ? try (g * x[1]).sumTo(x[0].shape) : nil, n[1] ? try (g * x[0]).sumTo(x[1].shape) : nil] },
        jvp: { t in try total([t[0].map { try $0 * x[1] }, t[1].map { try x[0] * $0 }], y) })
    case .div:
      return Rules(
        vjp: { g, n in
          [n[0] ? try (g / x[1]).sumTo(x[0].shape) : nil, n[1] ? try (-(g * y) / x[1]).sumTo(x[1].shape) : nil]
        },
        jvp: { t in try total([t[0].map { try $0 / x[1] }, t[1].map { try -($0 * y) / x[1] }], y) })
    case .pow:
      // d(aᵇ)/da = b·aᵇ⁻¹ and d(aᵇ)/db = aᵇ·ln a.
      let da = { try x[1] * x[0].pow(x[1] - 1) }
      let db = { try y * x[0].log() }
      return Rules(
        vjp: { g, n in [n[0] ? try (g * da()).sumTo(x[0].shape) : nil, n[1] ? try (g * db()).sumTo(x[1].shape) : nil] },
        jvp: { t in try total([t[0].map { try $0 * da() }, t[1].map { try $0 * db() }], y) })
    case .maximum, .minimum:
      // Ties send the gradient to the first operand.
      let first = { () throws -> Tensor in
        if case .maximum = self { return try x[0] >= x[1] }
        return try x[0] <= x[1]
      }
      return Rules(
        vjp: { g, n in
          let mask = try first()
          return [
            n[0] ? try Tensor.where(mask, g, 0).sumTo(x[0].shape) : nil,
            n[1] ? try Tensor.where(mask, g.zerosLike(), g).sumTo(x[1].shape) : nil,
          ]
        },
        jvp: { t in
          try Tensor.where(first(), t[0] ?? x[0].zerosLike(), t[1] ?? x[1].zerosLike()).expand(y.shape).contiguous()
        })
    case .exp:
      return Rules(vjp: { g, _ in [try g * y] }, jvp: { t in try t[0]! * y })
    case .log:
      return Rules(vjp: { g, _ in [try g / x[0]] }, jvp: { t in try t[0]! / x[0] })
    case .log1p:
      return Rules(vjp: { g, _ in [try g / (x[0] + 1)] }, jvp: { t in try t[0]! / (x[0] + 1) })
    case .sqrt:
      return Rules(vjp: { g, _ in [try g / (y * 2)] }, jvp: { t in try t[0]! / (y * 2) })
    case .tanh:
      let slope = { try 1 - y * y }
      return Rules(vjp: { g, _ in [try g * slope()] }, jvp: { t in try t[0]! * slope() })
    case .sigmoid:
      let slope = { try y * (1 - y) }
      return Rules(vjp: { g, _ in [try g * slope()] }, jvp: { t in try t[0]! * slope() })
    case .relu:
      // Zero gradient at exactly 0, as PyTorch.
      return Rules(vjp: { g, _ in [try Tensor.where(x[0] > 0, g, 0)] }, jvp: { t in try Tensor.where(x[0] > 0, t[0]!, 0) })
    case .abs:
      return Rules(vjp: { g, _ in [try g * x[0].sign()] }, jvp: { t in try t[0]! * x[0].sign() })
    case .clamp(let lower, let upper):
      let inside = { () throws -> Tensor in
        var mask = try x[0].zerosLike(dtype: .bool).logicalNot()
        if let lower { mask = try mask.logicalAnd(x[0] >= lower) }
        if let upper { mask = try mask.logicalAnd(x[0] <= upper) }
        return mask
      }
      return Rules(vjp: { g, _ in [try Tensor.where(inside(), g, 0)] }, jvp: { t in try Tensor.where(inside(), t[0]!, 0) })
    case .select:
      let c = x[0]
      return Rules(
        vjp: { g, n in
          [
            nil, n[1] ? try Tensor.where(c, g, 0).sumTo(x[1].shape) : nil,
            n[2] ? try Tensor.where(c, g.zerosLike(), g).sumTo(x[2].shape) : nil,
          ]
        },
        jvp: { t in try Tensor.where(c, t[1] ?? x[1].zerosLike(), t[2] ?? x[2].zerosLike()).expand(y.shape).contiguous() })
    case .matmul:
      return Rules(vjp: { g, n in try Primitive.matmulVJP(x[0], x[1], g, n) },
        jvp: { t in try total([t[0].map { try $0.matmul(x[1]) }, t[1].map { try x[0].matmul($0) }], y) })
    case .sum(let dims, let keepDim):
      return Rules(
        vjp: { g, _ in [try g.reshape(Primitive.keptShape(x[0], dims, keepDim)).expand(x[0].shape).contiguous()] },
        jvp: { t in try t[0]!.sum(dims: dims, keepDim: keepDim) })
    case .mean(let dims, let keepDim):
      let count = Double(Swift.max(x[0].count, 1) / Swift.max(y.count, 1))
      return Rules(
        vjp: { g, _ in [try (g / count).reshape(Primitive.keptShape(x[0], dims, keepDim)).expand(x[0].shape).contiguous()] },
        jvp: { t in try t[0]!.mean(dims: dims, keepDim: keepDim) })
    case .logSumExp(let dims, let keepDim):
      // The derivative is the softmax over the reduced dimensions.
      let weights = { try (x[0] - y.reshape(Primitive.keptShape(x[0], dims, keepDim))).exp() }
      return Rules(
        vjp: { g, _ in [try g.reshape(Primitive.keptShape(x[0], dims, keepDim)) * weights()] },
        jvp: { t in try (weights() * t[0]!).sum(dims: dims, keepDim: keepDim) })
    case .logSoftmax(let dim):
      // ∂/∂x of x − lse(x) sends g back less softmax(x) times g's total along `dim`.
      return Rules(
        vjp: { g, _ in [try g - y.exp() * g.sum(dims: [dim], keepDim: true)] },
        jvp: { t in try t[0]! - (y.exp() * t[0]!).sum(dims: [dim], keepDim: true) })
    case .reshape:
      return Rules(vjp: { g, _ in [try g.reshape(x[0].shape)] }, jvp: { t in try t[0]!.reshape(y.shape) })
    case .permute(let order):
      var inverse = order
      for (i, axis) in order.enumerated() { inverse[axis] = i }
      return Rules(vjp: { g, _ in [try g.permute(inverse)] }, jvp: { t in try t[0]!.permute(order) })
    case .expand:
      return Rules(vjp: { g, _ in [try g.sumTo(x[0].shape)] }, jvp: { t in try t[0]!.expand(y.shape) })
    case .slice(let dim, let start, let end, let step):
      return Rules(
        vjp: { g, _ in [try g.sliceScatter(into: x[0].shape, dim: dim, start: start, end: end, step: step)] },
        jvp: { t in try t[0]!.slice(dim: dim, start: start, end: end, step: step) })
    case .sliceScatter(let shape, let dim, let start, let end, let step):
      return Rules(
        vjp: { g, _ in [try g.slice(dim: dim, start: start, end: end, step: step)] },
        jvp: { t in try t[0]!.sliceScatter(into: shape, dim: dim, start: start, end: end, step: step) })
    case .index(let indices):
      return Rules(
        vjp: { g, n in [try g.indexScatter(indices, into: x[0].shape)] + Array(repeating: nil, count: n.count - 1) },
        jvp: { t in try t[0]!.index(indices) })
    case .indexScatter(let indices, let shape):
      return Rules(vjp: { g, _ in [try g.index(indices)] }, jvp: { t in try t[0]!.indexScatter(indices, into: shape) })
    case .gather(let dim, let index):
      return Rules(
        vjp: { g, _ in [try g.scatterAdd(into: x[0].shape, dim: dim, index: index)] },
        jvp: { t in try t[0]!.gather(dim: dim, index: index) })
    case .scatterAdd(let shape, let dim, let index):
      return Rules(
        vjp: { g, _ in [try g.gather(dim: dim, index: index)] },
        jvp: { t in try t[0]!.scatterAdd(into: shape, dim: dim, index: index) })
    case .cat(let dim):
      return Rules(
        vjp: { g, n in
          var start = 0
          return try x.indices.map { i in
            defer { start += x[i].shape[dim] }
            return n[i] ? try g.narrow(dim: dim, start: start, length: x[i].shape[dim]) : nil
          }
        },
        jvp: { t in try Tensor.cat(x.indices.map { t[$0] ?? x[$0].zerosLike() }, dim: dim) })
    case .convert:
      return Rules(vjp: { g, _ in [g.to(x[0].dtype)] }, jvp: { t in t[0]!.to(y.dtype).contiguous() })
    case .unfold(let kernel, let stride, let padding):
      let size = (x[0].shape[x[0].rank - 2], x[0].shape[x[0].rank - 1])
      return Rules(
        vjp: { g, _ in [try g.fold(outputSize: size, kernelSize: kernel, stride: stride, padding: padding)] },
        jvp: { t in try t[0]!.unfold(kernelSize: kernel, stride: stride, padding: padding) })
    case .fold(let size, let kernel, let stride, let padding):
      return Rules(
        vjp: { g, _ in [try g.unfold(kernelSize: kernel, stride: stride, padding: padding)] },
        jvp: { t in try t[0]!.fold(outputSize: size, kernelSize: kernel, stride: stride, padding: padding) })
    case .maxPool(let indices):
      let size = (x[0].shape[x[0].rank - 2], x[0].shape[x[0].rank - 1])
      return Rules(
        vjp: { g, _ in [try g.maxUnpool2d(indices: indices, outputSize: size)] },
        jvp: { t in try t[0]!.pick(at: indices) })
    case .maxUnpool(let indices, let size):
      return Rules(
        vjp: { g, _ in [try g.pick(at: indices)] },
        jvp: { t in try t[0]!.maxUnpool2d(indices: indices, outputSize: size) })
    }
  }

  /// The reverse rule, as `backward` calls it.
  func vjp(_ x: [Tensor], _ y: Tensor, _ g: Tensor, needs: [Bool]) throws -> [Tensor?] {
    try rules(x, y).vjp(g, needs)
  }

  /// The forward rule, as `record` calls it.
  func jvp(_ x: [Tensor], _ y: Tensor, _ t: [Tensor?]) throws -> Tensor {
    try rules(x, y).jvp(t)
  }

  /// The sum of the tangent terms that are present, broadcast to the result's shape.
  private func total(_ terms: [Tensor?], _ y: Tensor) throws -> Tensor {
    let present = terms.compactMap { $0 }
    guard var sum = present.first else { return y.zerosLike() }
    for term in present.dropFirst() { sum = try sum + term }
    return sum.shape == y.shape ? sum : try sum.expand(y.shape).contiguous()
  }

  /// The shape a reduction's result has with its reduced dimensions kept as size 1.
  static func keptShape(_ x: Tensor, _ dims: [Int]?, _ keepDim: Bool) throws -> [Int] {
    let axes = try ReductionLayout.axes(x, dims, "sum")
    return x.shape.indices.map { axes.contains($0) ? 1 : x.shape[$0] }
  }

  /// matmul's reverse rule, with 1-D operands promoted to matrices as the product promoted them.
  private static func matmulVJP(_ a: Tensor, _ b: Tensor, _ g: Tensor, _ needs: [Bool]) throws -> [Tensor?] {
    let left = a.rank == 1 ? try a.unsqueeze(0) : a
    let right = b.rank == 1 ? try b.unsqueeze(1) : b
    var shape = try Broadcasting.shape(Array(left.shape.dropLast(2)), Array(right.shape.dropLast(2)), operation: "matmul")
    shape += [left.shape[left.rank - 2], right.shape[right.rank - 1]]
    let product = try g.reshape(shape)
    if needs[1], b.rank == 2, a.rank == 2, b.shape[0] > 1, b.strides == [1, b.shape[0]] {
      // `x.matmul(w.T)`, a Linear layer: computing gᵀx and handing back its transpose gives
      // w's gradient in w's own row-major layout, which the optimizer then walks contiguously.
      return [
        needs[0] ? try product.matmul(b.T) : nil,
        try product.T.matmul(a).T,
      ]
    }
    return [
      needs[0] ? try product.matmul(right.transpose(-1, -2)).sumTo(left.shape).reshape(a.shape) : nil,
      needs[1] ? try left.transpose(-1, -2).matmul(product).sumTo(right.shape).reshape(b.shape) : nil,
    ]
  }
}
