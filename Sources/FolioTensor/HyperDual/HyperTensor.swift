/// A hyper-dual tensor, fomoh's second-order forward mode: a value with two first-order
/// tangents and their mixed second-order part.
///
/// For θ + v₁ε₁ + v₂ε₂ (with ε₁² = ε₂² = 0), a function's output carries `eps1` = ∇f·v₁,
/// `eps2` = ∇f·v₂ and `eps1eps2` = v₁ᵀ∇²f v₂, all from one forward pass.
///
/// Internally the tangents are stored once, stacked along a leading axis, and each pair names
/// which two it combines. A plain hyper-dual number is two tangents and the pair (0, 1); the
/// vectorised mode evaluates many pairs at once, and when those pairs draw on a few
/// directions (FoMoH-KD's K(K+1)/2 pairs of K directions) the first-order work is done once
/// per direction rather than once per pair.
public final class HyperTensor {
  /// The ordinary value.
  public let real: Tensor
  /// The first-order parts, `[K] + real.shape`, or nil for a constant.
  let tangents: Tensor?
  /// The second-order parts, `[P] + real.shape`, or nil where they are all zero.
  let mixed: Tensor?
  /// Which tangents each pair combines.
  let pairs: Pairs
  /// Whether the accessors keep the leading pair axis.
  public let isVectorised: Bool

  /// The tangent indices of each pair: pair p is (first[p], second[p]).
  struct Pairs: Equatable {
    let first: [Int]
    let second: [Int]
    var count: Int { first.count }
    /// Gather indices, built once per pair list.
    var firstIndex: Tensor { try! Tensor(shape: [count], values: first.map(Int64.init)) }
    var secondIndex: Tensor { try! Tensor(shape: [count], values: second.map(Int64.init)) }
  }

  init(real: Tensor, tangents: Tensor?, mixed: Tensor?, pairs: Pairs, isVectorised: Bool) {
    self.real = real
    self.tangents = tangents
    self.mixed = mixed
    self.pairs = pairs
    self.isVectorised = isVectorised
  }

  /// A constant: no tangents.
  public convenience init(_ real: Tensor) {
    self.init(real: real, tangents: nil, mixed: nil, pairs: Pairs(first: [0], second: [0]), isVectorised: false)
  }

  /// `real` with tangents `eps1` and `eps2` (and a mixed part, zero by default).
  ///
  /// Tangents shaped like `real` make one hyper-dual number; tangents with one more, leading
  /// dimension of size D make D of them evaluated together (fomoh's vectorised mode).
  public convenience init(_ real: Tensor, eps1: Tensor, eps2: Tensor, eps1eps2: Tensor? = nil) throws {
    guard eps1.shape == eps2.shape else {
      throw TensorError("HyperTensor: eps1 of shape \(eps1.shape) and eps2 of shape \(eps2.shape) must match")
    }
    let vectorised = eps1.rank == real.rank + 1 && Array(eps1.shape.dropFirst()) == real.shape
    guard vectorised || eps1.shape == real.shape else {
      throw TensorError(
        "HyperTensor: tangents of shape \(eps1.shape) must match the value's shape \(real.shape), "
          + "or add one leading dimension for the vectorised mode")
    }
    let d = vectorised ? eps1.shape[0] : 1
    let lifted = { (t: Tensor) throws -> Tensor in vectorised ? t : try t.unsqueeze(0) }
    let tangents = try Tensor.cat([lifted(eps1.to(real.dtype)), lifted(eps2.to(real.dtype))]).detach()
    let mixed = try eps1eps2.map { e -> Tensor in
      guard e.shape == eps1.shape else {
        throw TensorError("HyperTensor: eps1eps2 of shape \(e.shape) must match the tangents' shape \(eps1.shape)")
      }
      return try lifted(e.to(real.dtype)).detach()
    }
    self.init(
      real: real.detach(), tangents: tangents, mixed: mixed,
      pairs: Pairs(first: Array(0..<d), second: Array(d..<(2 * d))), isVectorised: vectorised)
  }

  /// `real` with K tangent `directions` (`[K] + real.shape`) and the pairs (i, j) of them to
  /// evaluate: pair p gets eps1 = directions[i], eps2 = directions[j].
  public convenience init(_ real: Tensor, directions: Tensor, pairs: [(Int, Int)]) throws {
    guard directions.rank == real.rank + 1, Array(directions.shape.dropFirst()) == real.shape else {
      throw TensorError("HyperTensor: directions of shape \(directions.shape) must be [K] + \(real.shape)")
    }
    let k = directions.shape[0]
    guard !pairs.isEmpty, pairs.allSatisfy({ (0..<k).contains($0.0) && (0..<k).contains($0.1) }) else {
      throw TensorError("HyperTensor: every pair must name two of the \(k) directions")
    }
    self.init(
      real: real.detach(), tangents: directions.to(real.dtype).detach(), mixed: nil,
      pairs: Pairs(first: pairs.map(\.0), second: pairs.map(\.1)), isVectorised: true)
  }

  /// ∇f·v₁ for each pair (zeros for a constant).
  public var eps1: Tensor { get throws { try component(tangents.map { try $0.index([.tensor(pairs.firstIndex)]) }) } }
  /// ∇f·v₂ for each pair.
  public var eps2: Tensor { get throws { try component(tangents.map { try $0.index([.tensor(pairs.secondIndex)]) }) } }
  /// v₁ᵀ∇²f v₂ for each pair.
  public var eps1eps2: Tensor { get throws { try component(mixed) } }

  /// A stacked part as the accessors show it: without the pair axis unless vectorised.
  private func component(_ stacked: Tensor?) throws -> Tensor {
    guard let stacked else { return isVectorised ? try Tensor.zeros([pairs.count] + real.shape, dtype: real.dtype) : real.zerosLike() }
    return isVectorised ? stacked : try stacked.select(dim: 0, index: 0)
  }
}
