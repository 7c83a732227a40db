import FolioScript
import FolioTensor

/// The tensor API as cells see it, in PyTorch's vocabulary with Swift's casing.
enum TensorBindings {
  /// The script-facing members of `Tensor`.
  static let type: HostType = {
    let type = HostType(name: "Tensor") { object in unsafeDowncast(object, to: Tensor.self).description }
    let bind = Binder<Tensor>(type: type)
    construction(bind)
    shapes(bind)
    elementwise(bind)
    reductions(bind)
    linearAlgebra(bind)
    indexing(bind)
    convolution(bind)
    AutodiffBindings.install(bind)
    TensorOperators.install(on: type)
    return type
  }()

  /// `Tensor(...)`, the constant and random constructors, and loading.
  private static func construction(_ bind: Binder<Tensor>) {
    let requiresGrad = Param<Bool>.labelled("requiresGrad", default: false)
    bind.staticFunction(Bind.function("init", .unlabelled, .optional("dtype"), requiresGrad) { (value: Value, dtype: DType?, g: Bool) in
      try TensorLiteral.tensor(value, dtype: dtype).requiringGrad(g)
    })
    let dtype = Param<DType>.labelled("dtype", default: .float32)
    let generator = Param<Generator>.labelled("generator", default: .global)
    bind.staticFunction(Bind.function("zeros", .unlabelled, dtype, requiresGrad) { (shape: [Int], d: DType, g: Bool) in
      try Tensor.zeros(shape, dtype: d).requiringGrad(g)
    })
    bind.staticFunction(Bind.function("ones", .unlabelled, dtype, requiresGrad) { (shape: [Int], d: DType, g: Bool) in
      try Tensor.ones(shape, dtype: d).requiringGrad(g)
    })
    bind.staticFunction(Bind.function("full", .unlabelled, .unlabelled, dtype, requiresGrad) {
      (shape: [Int], value: Double, d: DType, g: Bool) in try Tensor.full(shape, value, dtype: d).requiringGrad(g)
    })
    bind.staticFunction(Bind.function("eye", .unlabelled, .optional("m"), dtype) { (n: Int, m: Int?, d: DType) in
      try Tensor.eye(n, m, dtype: d)
    })
    bind.staticFunction(Bind.function("arange", .unlabelled, .unlabelled(default: .none), .unlabelled(default: .int(1)), .optional("dtype")) {
      (a: Value, b: Value, step: Value, d: DType?) in try arange(a, b, step, d)
    })
    bind.staticFunction(Bind.function("linspace", .unlabelled, .unlabelled, .unlabelled, dtype) {
      (start: Double, end: Double, steps: Int, d: DType) in try Tensor.linspace(start, end, steps, dtype: d)
    })
    bind.staticFunction(Bind.function("randn", .unlabelled, dtype, generator, requiresGrad) {
      (shape: [Int], d: DType, g: Generator, r: Bool) in try Tensor.randn(shape, dtype: d, generator: g).requiringGrad(r)
    })
    bind.staticFunction(Bind.function("rand", .unlabelled, dtype, generator, requiresGrad) {
      (shape: [Int], d: DType, g: Generator, r: Bool) in try Tensor.rand(shape, dtype: d, generator: g).requiringGrad(r)
    })
    bind.staticFunction(Bind.function("uniform", .unlabelled, .labelled("low", default: 0.0), .labelled("high", default: 1.0), generator) {
      (shape: [Int], low: Double, high: Double, g: Generator) in try Tensor.uniform(shape, low: low, high: high, generator: g)
    })
    bind.staticFunction(Bind.function("normal", .unlabelled, .labelled("mean", default: 0.0), .labelled("std", default: 1.0), generator) {
      (shape: [Int], mean: Double, std: Double, g: Generator) in try Tensor.normal(shape, mean: mean, std: std, generator: g)
    })
    bind.staticFunction(Bind.function("randint", .unlabelled, .unlabelled, .unlabelled, generator) {
      (low: Int, high: Int, shape: [Int], g: Generator) in try Tensor.randint(low, high, shape, generator: g)
    })
    bind.staticFunction(Bind.function("randperm", .unlabelled, generator) { (n: Int, g: Generator) in
      try Tensor.randperm(n, generator: g)
    })
    let like = Param<Tensor>.unlabelled
    bind.staticFunction(Bind.function("zerosLike", like) { (t: Tensor) in t.zerosLike() })
    bind.staticFunction(Bind.function("onesLike", like) { (t: Tensor) in try t.onesLike() })
    bind.staticFunction(Bind.function("fullLike", like, .unlabelled) { (t: Tensor, v: Double) in try t.fullLike(v) })
    bind.staticFunction(Bind.function("randnLike", like) { (t: Tensor) in try t.randnLike() })
    bind.staticFunction(Bind.function("randLike", like) { (t: Tensor) in try t.randLike() })
    bind.staticFunction(Bind.function("cat", .unlabelled, .labelled("dim", default: 0)) { (ts: [Tensor], dim: Int) in
      try Tensor.cat(ts, dim: dim)
    })
    bind.staticFunction(Bind.function("stack", .unlabelled, .labelled("dim", default: 0)) { (ts: [Tensor], dim: Int) in
      try Tensor.stack(ts, dim: dim)
    })
    bind.staticFunction(Bind.function("where", .unlabelled, .unlabelled, .unlabelled) { (c: Tensor, a: Value, b: Value) in
      try Tensor.where(c, TensorOperators.operand(a, like: c), TensorOperators.operand(b, like: c))
    })
    bind.property("dtype") { $0.dtype }
  }

  /// `Tensor.arange(5)`, `arange(2, 8)`, `arange(0, 1, 0.25)`: int64 when every bound is an Int.
  private static func arange(_ a: Value, _ b: Value, _ step: Value, _ dtype: DType?) throws -> Tensor {
    let (start, end): (Value, Value) = if case .none = b { (.int(0), a) } else { (a, b) }
    if case .int(let s) = start, case .int(let e) = end, case .int(let k) = step {
      let result = try Tensor.arange(s, e, k)
      return dtype.map { result.to($0) } ?? result
    }
    return try Tensor.arange(Double.from(start), Double.from(end), Double.from(step), dtype: dtype ?? .float32)
  }

  /// Shape, views and copies.
  private static func shapes(_ bind: Binder<Tensor>) {
    bind.property("shape") { $0.shape }
    bind.property("strides") { $0.strides }
    bind.property("ndim") { $0.rank }
    bind.property("T") { $0.T }
    bind.property("isContiguous") { $0.isContiguous }
    bind.method("dim") { $0.rank }
    bind.method("numel") { $0.count }
    bind.method("size", .unlabelled) { (t, dim: Int) in try t.size(dim) }
    bind.method("reshape", .unlabelled) { (t, shape: [Int]) in try t.reshape(shape) }
    bind.method("view", .unlabelled) { (t, shape: [Int]) in try t.view(shape) }
    bind.method("transpose", .unlabelled, .unlabelled) { (t, a: Int, b: Int) in try t.transpose(a, b) }
    bind.method("permute", .unlabelled) { (t, order: [Int]) in try t.permute(order) }
    bind.method("expand", .unlabelled) { (t, shape: [Int]) in try t.expand(shape) }
    bind.method("expandAs", .unlabelled) { (t, other: Tensor) in try t.expand(as: other) }
    bind.method("squeeze", .unlabelled(default: nil)) { (t, dim: Int?) in try dim.map { try t.squeeze($0) } ?? t.squeeze() }
    bind.method("unsqueeze", .unlabelled) { (t, dim: Int) in try t.unsqueeze(dim) }
    bind.method("flatten", .labelled("startDim", default: 0), .labelled("endDim", default: -1)) { (t, s: Int, e: Int) in
      try t.flatten(startDim: s, endDim: e)
    }
    bind.method("narrow", .labelled("dim"), .labelled("start"), .labelled("length")) { (t, d: Int, s: Int, n: Int) in
      try t.narrow(dim: d, start: s, length: n)
    }
    bind.method("contiguous") { $0.contiguous() }
    bind.method("clone") { $0.clone() }
    bind.method("to", .unlabelled) { (t, d: DType) in t.to(d) }
    bind.method("float") { $0.float() }
    bind.method("double") { $0.double() }
    bind.method("long") { $0.long() }
    bind.method("bool") { $0.bool() }
    bind.method("item") { t -> Value in
      let value = try t.item()
      switch t.dtype {
      case .int64: return .int(Int(value))
      case .bool: return .bool(value != 0)
      case .float32, .float64: return .double(value)
      }
    }
    bind.method("toArray") { $0.toArray() }
    bind.method("save", .unlabelled) { (t, path: String) in
      try t.save(path)
      return Nothing()
    }
    bind.staticFunction(Bind.function("load", .unlabelled) { (path: String) in try Tensor.load(path) })
  }
}

extension Tensor {
  /// This new tensor, marked for gradients when `enabled` (the constructors' `requiresGrad:`).
  fileprivate func requiringGrad(_ enabled: Bool) throws -> Tensor {
    enabled ? try requireGrad() : self
  }
}
