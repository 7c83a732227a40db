import FolioScript
import FolioTensor

extension TensorBindings {
  /// Elementwise functions.
  static func elementwise(_ bind: Binder<Tensor>) {
    bind.method("exp") { $0.exp() }
    bind.method("log") { $0.log() }
    bind.method("log1p") { $0.log1p() }
    bind.method("sqrt") { $0.sqrt() }
    bind.method("abs") { $0.abs() }
    bind.method("sign") { $0.sign() }
    bind.method("relu") { $0.relu() }
    bind.method("sigmoid") { $0.sigmoid() }
    bind.method("tanh") { $0.tanh() }
    bind.method("clamp", .optional("min"), .optional("max")) { (t, lo: Double?, hi: Double?) in
      try t.clamp(min: lo, max: hi)
    }
    bind.method("pow", .unlabelled) { (t, exponent: Value) in
      if case .object = exponent { return try t.pow(Tensor.from(exponent)) }
      return t.pow(try Double.from(exponent))
    }
    bind.method("maximum", .unlabelled) { (t, other: Value) in try t.maximum(TensorOperators.operand(other, like: t)) }
    bind.method("minimum", .unlabelled) { (t, other: Value) in try t.minimum(TensorOperators.operand(other, like: t)) }
    bind.method("eq", .unlabelled) { (t, other: Value) in try t.eq(TensorOperators.operand(other, like: t)) }
    bind.method("ne", .unlabelled) { (t, other: Value) in try t.ne(TensorOperators.operand(other, like: t)) }
    bind.method("logicalNot") { try $0.logicalNot() }
    bind.method("logicalAnd", .unlabelled) { (t, other: Tensor) in try t.logicalAnd(other) }
    bind.method("logicalOr", .unlabelled) { (t, other: Tensor) in try t.logicalOr(other) }
    bind.method("zero") { t -> Tensor in
      try t.fill(0)
      return t
    }
    bind.method("fill", .unlabelled) { (t, value: Double) -> Tensor in
      try t.fill(value)
      return t
    }
    bind.method("copy", .unlabelled) { (t, source: Tensor) -> Tensor in
      try t.copy(from: source)
      return t
    }
  }

  /// Reductions, with `dim:` for one dimension or `dims:` for several.
  static func reductions(_ bind: Binder<Tensor>) {
    let dim = Param<Int?>.optional("dim")
    let dims = Param<[Int]?>.optional("dims")
    let keepDim = Param<Bool>.labelled("keepDim", default: false)
    func chosen(_ dim: Int?, _ dims: [Int]?) -> [Int]? { dims ?? dim.map { [$0] } }
    bind.method("sum", dim, dims, keepDim) { (t, d: Int?, ds: [Int]?, k: Bool) in try t.sum(dims: chosen(d, ds), keepDim: k) }
    bind.method("mean", dim, dims, keepDim) { (t, d: Int?, ds: [Int]?, k: Bool) in try t.mean(dims: chosen(d, ds), keepDim: k) }
    bind.method("variance", dim, dims, .labelled("correction", default: 1), keepDim) {
      (t, d: Int?, ds: [Int]?, c: Int, k: Bool) in try t.variance(dims: chosen(d, ds), correction: c, keepDim: k)
    }
    bind.method("std", dim, dims, .labelled("correction", default: 1), keepDim) {
      (t, d: Int?, ds: [Int]?, c: Int, k: Bool) in try t.std(dims: chosen(d, ds), correction: c, keepDim: k)
    }
    bind.method("norm", .labelled("p", default: 2.0), dim, keepDim) { (t, p: Double, d: Int?, k: Bool) in
      try t.norm(p: p, dims: d.map { [$0] }, keepDim: k)
    }
    bind.method("max", dim, keepDim) { (t, d: Int?, k: Bool) -> Value in
      guard let d else { return try t.max().scriptValue }
      let (values, indices) = try t.max(dim: d, keepDim: k)
      return Labelled2(labels: ("values", "indices"), values: (values, indices)).scriptValue
    }
    bind.method("min", dim, keepDim) { (t, d: Int?, k: Bool) -> Value in
      guard let d else { return try t.min().scriptValue }
      let (values, indices) = try t.min(dim: d, keepDim: k)
      return Labelled2(labels: ("values", "indices"), values: (values, indices)).scriptValue
    }
    bind.method("argmax", dim, keepDim) { (t, d: Int?, k: Bool) in try t.argmax(dim: d, keepDim: k) }
    bind.method("argmin", dim, keepDim) { (t, d: Int?, k: Bool) in try t.argmin(dim: d, keepDim: k) }
    bind.method("logSumExp", .labelled("dim"), keepDim) { (t, d: Int, k: Bool) in try t.logSumExp(dim: d, keepDim: k) }
    bind.method("softmax", .labelled("dim")) { (t, d: Int) in try t.softmax(dim: d) }
    bind.method("logSoftmax", .labelled("dim")) { (t, d: Int) in try t.logSoftmax(dim: d) }
    bind.method("cumsum", .labelled("dim")) { (t, d: Int) in try t.cumsum(dim: d) }
  }

  /// Products.
  static func linearAlgebra(_ bind: Binder<Tensor>) {
    bind.method("matmul", .unlabelled) { (a, b: Tensor) in try a.matmul(b) }
    bind.method("mm", .unlabelled) { (a, b: Tensor) in try a.mm(b) }
    bind.method("bmm", .unlabelled) { (a, b: Tensor) in try a.bmm(b) }
    bind.method("dot", .unlabelled) { (a, b: Tensor) in try a.dot(b) }
    bind.method("outer", .unlabelled) { (a, b: Tensor) in try a.outer(b) }
    bind.method("eigh") { a in
      let (values, vectors) = try a.eigh()
      return Labelled2(labels: ("eigenvalues", "eigenvectors"), values: (values, vectors))
    }
    bind.method("cholesky") { try $0.cholesky() }
    bind.method("inverse") { try $0.inverse() }
    bind.method("svd", .labelled("fullMatrices", default: false)) { (a, full: Bool) in
      let (u, s, vh) = try a.svd(fullMatrices: full)
      return Labelled3(labels: ("U", "S", "Vh"), values: (u, s, vh))
    }
    bind.staticFunction(Bind.function("solve", .unlabelled, .unlabelled) { (a: Tensor, b: Tensor) in try Tensor.solve(a, b) })
  }

  /// What convolutional networks need: convolution through im2col, pooling, and their adjoints.
  static func convolution(_ bind: Binder<Tensor>) {
    let one = SizePair(pair: (1, 1))
    let zero = SizePair(pair: (0, 0))
    bind.method(
      "conv2d", .labelled("weight"), .optional("bias"), .labelled("stride", default: one), .labelled("padding", default: zero)
    ) { (x, w: Tensor, b: Tensor?, s: SizePair, p: SizePair) in
      try x.conv2d(weight: w, bias: b, stride: s.pair, padding: p.pair)
    }
    bind.method("maxPool2d", .labelled("kernelSize"), .optional("stride"), .labelled("padding", default: zero)) {
      (x, k: SizePair, s: SizePair?, p: SizePair) in
      let (values, indices) = try x.maxPool2d(kernelSize: k.pair, stride: s?.pair, padding: p.pair)
      return Labelled2(labels: ("values", "indices"), values: (values, indices))
    }
    bind.options(
      "convTranspose2d",
      [("weight", nil), ("bias", Value.none), ("stride", .int(1)), ("padding", .int(0)), ("outputPadding", .int(0))]
    ) { x, a in
      try x.convTranspose2d(
        weight: a.labelled("weight"), bias: a.optional("bias"), stride: (a.labelled("stride") as SizePair).pair,
        padding: (a.labelled("padding") as SizePair).pair, outputPadding: (a.labelled("outputPadding") as SizePair).pair
      ).scriptValue
    }
    bind.method("avgPool2d", .labelled("kernelSize"), .optional("stride"), .labelled("padding", default: zero)) {
      (x, k: SizePair, s: SizePair?, p: SizePair) in try x.avgPool2d(kernelSize: k.pair, stride: s?.pair, padding: p.pair)
    }
    bind.method("maxUnpool2d", .labelled("indices"), .labelled("outputSize")) { (x, i: Tensor, size: SizePair) in
      try x.maxUnpool2d(indices: i, outputSize: size.pair)
    }
    bind.method("unfold", .labelled("kernelSize"), .labelled("stride", default: one), .labelled("padding", default: zero)) {
      (x, k: SizePair, s: SizePair, p: SizePair) in try x.unfold(kernelSize: k.pair, stride: s.pair, padding: p.pair)
    }
    bind.method(
      "fold", .labelled("outputSize"), .labelled("kernelSize"), .labelled("stride", default: one),
      .labelled("padding", default: zero)
    ) { (x, size: SizePair, k: SizePair, s: SizePair, p: SizePair) in
      try x.fold(outputSize: size.pair, kernelSize: k.pair, stride: s.pair, padding: p.pair)
    }
  }

  /// Selection, joining and splitting.
  static func indexing(_ bind: Binder<Tensor>) {
    bind.method("gather", .labelled("dim"), .labelled("index")) { (t, d: Int, i: Tensor) in try t.gather(dim: d, index: i) }
    bind.method("scatter", .labelled("dim"), .labelled("index"), .labelled("source")) { (t, d: Int, i: Tensor, s: Tensor) in
      try t.scatter(dim: d, index: i, source: s)
    }
    bind.method("scatterAdd", .labelled("dim"), .labelled("index"), .labelled("source")) {
      (t, d: Int, i: Tensor, s: Tensor) in try t.scatter(dim: d, index: i, source: s, accumulate: true)
    }
    bind.method("indexSelect", .labelled("dim"), .labelled("index")) { (t, d: Int, i: Tensor) in
      try t.indexSelect(dim: d, index: i)
    }
    bind.method("split", .unlabelled, .labelled("dim", default: 0)) { (t, size: Int, d: Int) in try t.split(size, dim: d) }
    bind.method("chunk", .unlabelled, .labelled("dim", default: 0)) { (t, n: Int, d: Int) in try t.chunk(n, dim: d) }
    bind.method("nonzero") { $0.nonzero() }
    bind.method("multinomial", .unlabelled, .labelled("replacement", default: false), .labelled("generator", default: .global)) {
      (t, n: Int, r: Bool, g: Generator) in try t.multinomial(n, replacement: r, generator: g)
    }
  }
}
