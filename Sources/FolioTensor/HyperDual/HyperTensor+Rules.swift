/// The three propagation rules every hyper-dual operation is one of (fomoh's, from
/// ../shared/notes/algorithms-fomoh-forward-gradient.md section A):
///
/// - linear maps apply to every part alike;
/// - a unary f gives tangents f′(a)·aₖ and mixed part f′(a)·a₁₂ + f″(a)·a₁a₂;
/// - a bilinear B gives tangents B(aₖ, b) + B(a, bₖ) and mixed part
///   B(a₁₂, b) + B(a, b₁₂) + B(a₁, b₂) + B(a₂, b₁).
///
/// Parts other than the value carry a leading axis (tangents K, mixed parts P); the
/// operations below are told which of their arguments have it.
extension HyperTensor {
  /// The structure two operands share: a constant takes the other's.
  static func shared(_ a: HyperTensor, _ b: HyperTensor) throws -> (pairs: Pairs, vectorised: Bool) {
    if a.tangents == nil { return (b.pairs, b.isVectorised) }
    if b.tangents == nil { return (a.pairs, a.isVectorised) }
    guard a.pairs == b.pairs, a.tangents!.shape[0] == b.tangents!.shape[0], a.isVectorised == b.isVectorised else {
      throw TensorError("HyperTensor: the operands carry different tangent pairs; build them from the same directions")
    }
    return (a.pairs, a.isVectorised)
  }

  /// A linear map: `f(part, hasLeadingAxis)` applied to the value and every part.
  func linear(_ f: (Tensor, Bool) throws -> Tensor) throws -> HyperTensor {
    HyperTensor(
      real: try f(real, false), tangents: try tangents.map { try f($0, true) }, mixed: try mixed.map { try f($0, true) },
      pairs: pairs, isVectorised: isVectorised)
  }

  /// A unary function given its value and first and second derivatives at `real` (a nil
  /// second derivative is zero, as for relu).
  func unary(value: Tensor, first: Tensor, second: Tensor?) throws -> HyperTensor {
    guard let tangents else { return HyperTensor(value) }
    var mixed = try self.mixed.map { try first * $0 }
    if let second {
      let product = try second * (tangents.index([.tensor(pairs.firstIndex)]) * tangents.index([.tensor(pairs.secondIndex)]))
      mixed = try mixed.map { try $0 + product } ?? product
    }
    return HyperTensor(real: value, tangents: try first * tangents, mixed: mixed, pairs: pairs, isVectorised: isVectorised)
  }

  /// A bilinear operation `op(x, xLeads, y, yLeads)`, where the flags say whether an argument
  /// has the leading axis (and then both leading axes, when both have one, pair up).
  static func bilinear(
    _ a: HyperTensor, _ b: HyperTensor, _ op: (Tensor, Bool, Tensor, Bool) throws -> Tensor
  ) throws -> HyperTensor {
    let (pairs, vectorised) = try shared(a, b)
    let value = try op(a.real, false, b.real, false)
    let tangents = try sum([
      try a.tangents.map { try op($0, true, b.real, false) }, try b.tangents.map { try op(a.real, false, $0, true) },
    ])
    var terms = [try a.mixed.map { try op($0, true, b.real, false) }, try b.mixed.map { try op(a.real, false, $0, true) }]
    if let ta = a.tangents, let tb = b.tangents {
      let (i, j) = (pairs.firstIndex, pairs.secondIndex)
      terms.append(try op(ta.index([.tensor(i)]), true, tb.index([.tensor(j)]), true))
      terms.append(try op(ta.index([.tensor(j)]), true, tb.index([.tensor(i)]), true))
    }
    return HyperTensor(real: value, tangents: tangents, mixed: try sum(terms), pairs: pairs, isVectorised: vectorised)
  }

  /// A sum of parts that broadcast, with each part's leading axis kept in front.
  static func add(_ a: HyperTensor, _ b: HyperTensor, negating: Bool) throws -> HyperTensor {
    let (pairs, vectorised) = try shared(a, b)
    let value = negating ? try a.real - b.real : try a.real + b.real
    let rank = value.rank
    let sign = { (t: Tensor) -> Tensor in negating ? -t : t }
    let tangents = try sum([try a.tangents.map { try lift($0, to: rank) }, try b.tangents.map { try sign(lift($0, to: rank)) }])
    let mixed = try sum([try a.mixed.map { try lift($0, to: rank) }, try b.mixed.map { try sign(lift($0, to: rank)) }])
    return HyperTensor(real: value, tangents: tangents, mixed: mixed, pairs: pairs, isVectorised: vectorised)
  }

  /// A part with a leading axis reshaped so it broadcasts against parts of `rank` value
  /// dimensions: `[K] + s` becomes `[K, 1, …, 1] + s`.
  static func lift(_ part: Tensor, to rank: Int) throws -> Tensor {
    let missing = rank - (part.rank - 1)
    guard missing > 0 else { return part }
    return try part.reshape([part.shape[0]] + Array(repeating: 1, count: missing) + Array(part.shape.dropFirst()))
  }

  /// The sum of the parts present, or nil if none is.
  private static func sum(_ parts: [Tensor?]) throws -> Tensor? {
    let present = parts.compactMap { $0 }
    guard var total = present.first else { return nil }
    for part in present.dropFirst() { total = try total + part }
    return total
  }
}
