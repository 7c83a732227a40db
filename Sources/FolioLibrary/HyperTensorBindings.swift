import FolioScript
import FolioTensor

/// fomoh's hyper-dual tensors as cells see them: `HyperTensor(x, eps1: v, eps2: v)`, the
/// operations a network needs, and `.eps1` / `.eps1eps2` read off the result.
enum HyperTensorBindings {
  static let type: HostType = {
    let type = HostType(name: "HyperTensor") { object in describe(unsafeDowncast(object, to: HyperTensor.self)) }
    let bind = Binder<HyperTensor>(type: type)
    type.staticMembers["init"] = .function(initializer)
    bind.property("real") { $0.real }
    bind.property("eps1") { try $0.eps1 }
    bind.property("eps2") { try $0.eps2 }
    bind.property("eps1eps2") { try $0.eps1eps2 }
    bind.property("isVectorised") { $0.isVectorised }
    bind.property("shape") { $0.real.shape }
    bind.method("matmul", .unlabelled) { (h, other: Value) in try h.matmul(hyper(other)) }
    bind.method(
      "conv2d", .labelled("weight"), .optional("bias"), .labelled("stride", default: SizePair(pair: (1, 1))),
      .labelled("padding", default: SizePair(pair: (0, 0)))
    ) { (h, w: Value, b: Value?, s: SizePair, p: SizePair) in
      try h.conv2d(weight: hyper(w), bias: b.map { try hyper($0) }, stride: s.pair, padding: p.pair)
    }
    bind.method("maxPool2d", .labelled("kernelSize"), .optional("stride"), .labelled("padding", default: SizePair(pair: (0, 0)))) {
      (h, k: SizePair, s: SizePair?, p: SizePair) in try h.maxPool2d(kernelSize: k.pair, stride: s?.pair, padding: p.pair)
    }
    bind.method("relu") { try $0.relu() }
    bind.method("tanh") { try $0.tanh() }
    bind.method("sigmoid") { try $0.sigmoid() }
    bind.method("exp") { try $0.exp() }
    bind.method("log") { try $0.log() }
    bind.method("reciprocal") { try $0.reciprocal() }
    bind.method("pow", .unlabelled) { (h, c: Double) in try h.pow(c) }
    bind.method("logSoftmax", .labelled("dim")) { (h, d: Int) in try h.logSoftmax(dim: d) }
    bind.method("softmax", .labelled("dim")) { (h, d: Int) in try h.softmax(dim: d) }
    bind.method("logSumExp", .labelled("dim"), .labelled("keepDim", default: false)) { (h, d: Int, k: Bool) in
      try h.logSumExp(dim: d, keepDim: k)
    }
    let dim = Param<Int?>.optional("dim")
    let dims = Param<[Int]?>.optional("dims")
    let keepDim = Param<Bool>.labelled("keepDim", default: false)
    bind.method("sum", dim, dims, keepDim) { (h, d: Int?, ds: [Int]?, k: Bool) in try h.sum(dims: ds ?? d.map { [$0] }, keepDim: k) }
    bind.method("mean", dim, dims, keepDim) { (h, d: Int?, ds: [Int]?, k: Bool) in try h.mean(dims: ds ?? d.map { [$0] }, keepDim: k) }
    bind.method("reshape", .unlabelled) { (h, shape: [Int]) in try h.reshape(shape) }
    type.subscriptGet = { object, positions in
      try unsafeDowncast(object, to: HyperTensor.self).index(TensorOperators.indices(positions)).scriptValue
    }
    type.infix = infix
    type.prefix = { op, object in op == "-" ? try (-unsafeDowncast(object, to: HyperTensor.self)).scriptValue : nil }
    return type
  }()

  /// `HyperTensor(x)`, `HyperTensor(x, eps1: v1, eps2: v2, eps1eps2: e)`, or
  /// `HyperTensor(x, directions: V, pairs: [(0, 0), (0, 1), …])`.
  private static let initializer = Bind.make(
    "init",
    [nil, "eps1", "eps2", "eps1eps2", "directions", "pairs"].map { label in
      Signature.Parameter(label, default: label == nil ? nil : Value.none)
    }
  ) { _, args, spelled in
    let real = try Tensor.from(args[0])
    let tensor = { (value: Value) throws -> Tensor? in try Tensor?.from(value) }
    if let directions = try tensor(args[4]) {
      return try HyperTensor(real, directions: directions, pairs: pairList(args[5], spelled)).scriptValue
    }
    switch (try tensor(args[1]), try tensor(args[2])) {
    case (nil, nil): return HyperTensor(real).scriptValue
    case (let v1?, let v2?): return try HyperTensor(real, eps1: v1, eps2: v2, eps1eps2: tensor(args[3])).scriptValue
    default: throw RuntimeError("\(spelled): eps1 and eps2 must be given together")
    }
  }

  /// `[(i, j), …]` from a cell.
  private static func pairList(_ value: Value, _ spelled: String) throws -> [(Int, Int)] {
    guard case .array(let items) = value else { throw RuntimeError("\(spelled): pairs: must be an array of (Int, Int)") }
    return try items.map { item in
      guard case .tuple(let pair) = item, pair.elements.count == 2, case .int(let i) = pair.elements[0],
        case .int(let j) = pair.elements[1]
      else { throw RuntimeError("\(spelled): pairs: must be an array of (Int, Int)") }
      return (i, j)
    }
  }

  /// A hyper-dual operand: a HyperTensor, or a tensor or number as a constant (a number takes
  /// `like`'s dtype, as it does beside a tensor).
  static func hyper(_ value: Value, like: HyperTensor? = nil) throws -> HyperTensor {
    if case .object(let object) = value, let h = object.object as? HyperTensor { return h }
    if case .object = value { return HyperTensor(try Tensor.from(value)) }
    let number = try Double.from(value)
    return HyperTensor(like.map { Tensor.scalar(number, for: $0.real) } ?? Tensor(scalar: number))
  }

  private static func infix(_ op: String, _ lhs: Value, _ rhs: Value) throws -> Value? {
    let anchor = (try? HyperTensor.from(lhs)) ?? (try? HyperTensor.from(rhs))
    let (x, y) = (try hyper(lhs, like: anchor), try hyper(rhs, like: anchor))
    switch op {
    case "+": return try (x + y).scriptValue
    case "-": return try (x - y).scriptValue
    case "*": return try (x * y).scriptValue
    case "/": return try (x / y).scriptValue
    default: return nil
    }
  }

  private static func describe(_ h: HyperTensor) -> String {
    let parts = [("real", h.real), ("eps1", try? h.eps1), ("eps2", try? h.eps2), ("eps1eps2", try? h.eps1eps2)]
    return "HyperTensor(" + parts.map { "\($0): \($1.map { "\($0)" } ?? "?")" }.joined(separator: ",\n            ") + ")"
  }
}

extension HyperTensor: ScriptConvertible {
  static var scriptTypeName: String { "HyperTensor" }
  static func from(_ value: Value) throws -> HyperTensor { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: HyperTensorBindings.type)) }
}
