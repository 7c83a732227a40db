/// Joining tensors, splitting them into views, and gathering or scattering along a dimension.
extension Tensor {
  /// The tensors joined along an existing dimension (`torch.cat`).
  public static func cat(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
    guard let first = tensors.first else { throw TensorError("cat: expected a non-empty list of tensors") }
    guard first.rank > 0 else { throw TensorError("cat: zero-dimensional tensors cannot be concatenated; use stack") }
    let d = try first.axis(dim, "cat")
    return try Autodiff.record(.cat(dim: d), tensors) { try joined(tensors, d) }
  }

  private static func joined(_ tensors: [Tensor], _ d: Int) throws -> Tensor {
    let first = tensors[0]
    let dtype = tensors.dropFirst().reduce(first.dtype) { DType.promoted($0, $1.dtype) }
    for (k, t) in tensors.enumerated() {
      guard t.rank == first.rank,
        (0..<t.rank).allSatisfy({ $0 == d || t.shape[$0] == first.shape[$0] })
      else {
        throw TensorError(
          "cat: tensor \(k) has shape \(t.shape), which does not match \(first.shape) except in dimension \(d)")
      }
    }
    var shape = first.shape
    shape[d] = tensors.reduce(0) { $0 + $1.shape[d] }
    let out = Tensor(empty: shape, dtype: dtype)
    var start = 0
    for t in tensors {
      try out.narrow(dim: d, start: start, length: t.shape[d]).copy(from: t)
      start += t.shape[d]
    }
    return out
  }

  /// The tensors, all of one shape, joined along a new dimension (`torch.stack`).
  public static func stack(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
    guard let first = tensors.first else { throw TensorError("stack: expected a non-empty list of tensors") }
    for (k, t) in tensors.enumerated() where t.shape != first.shape {
      throw TensorError("stack: tensor \(k) has shape \(t.shape) but tensor 0 has \(first.shape)")
    }
    let d = try first.axis(dim, "stack", rank: first.rank + 1)
    return try cat(tensors.map { try $0.unsqueeze(d) }, dim: d)
  }

  /// Views of consecutive pieces of `size` elements along `dim`; the last may be shorter.
  public func split(_ size: Int, dim: Int = 0) throws -> [Tensor] {
    let d = try axis(dim, "split")
    guard size > 0 else { throw TensorError("split: the piece size must be positive, got \(size)") }
    return try stride(from: 0, to: shape[d], by: size).map {
      try narrow(dim: d, start: $0, length: Swift.min(size, shape[d] - $0))
    }
  }

  /// Views of pieces with the given sizes along `dim`, which must add up to its size.
  public func split(sizes: [Int], dim: Int = 0) throws -> [Tensor] {
    let d = try axis(dim, "split")
    guard sizes.allSatisfy({ $0 >= 0 }), sizes.reduce(0, +) == shape[d] else {
      throw TensorError("split: sizes \(sizes) do not add up to \(shape[d]), the size of dimension \(dim)")
    }
    var start = 0
    return try sizes.map { size in
      defer { start += size }
      return try narrow(dim: d, start: start, length: size)
    }
  }

  /// `chunks` views of (nearly) equal size along `dim`, as `torch.chunk`.
  public func chunk(_ chunks: Int, dim: Int = 0) throws -> [Tensor] {
    guard chunks > 0 else { throw TensorError("chunk: the number of chunks must be positive, got \(chunks)") }
    let d = try axis(dim, "chunk")
    return try split(Swift.max(1, (shape[d] + chunks - 1) / chunks), dim: d)
  }

  /// The slices along `dim` at the int64 `index` positions (`torch.index_select`).
  public func indexSelect(dim: Int, index: Tensor) throws -> Tensor {
    let d = try axis(dim, "indexSelect")
    guard index.rank <= 1 else { throw TensorError("indexSelect: the index must be 1-D, got shape \(index.shape)") }
    return try self.index(Array(repeating: .all, count: d) + [.tensor(index.reshape([-1]))])
  }

  /// `out[i][j] = self[i][index[i][j]]` for `dim` 1, and likewise for other dimensions
  /// (`torch.gather`): picks one element per position of `index`.
  public func gather(dim: Int, index: Tensor) throws -> Tensor {
    let (d, positions) = try gatherPositions(dim, index, "gather")
    return try Autodiff.record(.gather(dim: d, index: index), [self]) {
      let out = Tensor(empty: index.shape, dtype: dtype)
      try Tensor.walkGather(self, out, d, positions, scatter: false, accumulate: false)
      return out
    }
  }

  /// A copy with `source`'s elements written at the `index` positions along `dim`
  /// (`torch.scatter`), or added to them when `accumulate` is set (`scatter_add`).
  public func scatter(dim: Int, index: Tensor, source: Tensor, accumulate: Bool = false) throws -> Tensor {
    try Autodiff.requireUntracked(self, "scatter")
    try Autodiff.requireUntracked(source, "scatter")
    let (d, positions) = try gatherPositions(dim, index, "scatter")
    guard source.shape == index.shape else {
      throw TensorError("scatter: source shape \(source.shape) must equal index shape \(index.shape)")
    }
    let out = clone()
    try Tensor.walkGather(out, source.to(dtype).contiguous(), d, positions, scatter: true, accumulate: accumulate)
    return out
  }

  /// Checks a gather/scatter index and returns it as contiguous int64 positions.
  private func gatherPositions(_ dim: Int, _ index: Tensor, _ operation: String) throws -> (Int, [Int64]) {
    let d = try axis(dim, operation)
    guard index.dtype == .int64 else { throw TensorError("\(operation): the index must be int64, got \(index.dtype)") }
    guard index.rank == rank,
      (0..<rank).allSatisfy({ $0 == d || index.shape[$0] <= shape[$0] })
    else {
      throw TensorError("\(operation): index shape \(index.shape) does not fit tensor shape \(shape) outside dimension \(d)")
    }
    let positions = try index.contiguous().elements(Int64.self)
    let size = Int64(shape[d])
    if let bad = positions.first(where: { $0 < -size || $0 >= size }) {
      throw TensorError("\(operation): index \(bad) is out of bounds for dimension \(d) with size \(size)")
    }
    return (d, positions)
  }

  /// Moves elements between `strided` (at index positions along `dim`) and the contiguous
  /// `dense`, which has the index's shape.
  private static func walkGather(
    _ strided: Tensor, _ dense: Tensor, _ dim: Int, _ positions: [Int64], scatter: Bool, accumulate: Bool
  ) throws {
    let shape = dense.shape
    let size = strided.shape[dim]
    func move<T>(_: T.Type, _ add: (T, T) -> T) {
      let (base, packed) = (strided.storage.base.assumingMemoryBound(to: T.self), dense.pointer(T.self))
      var index = [Int](repeating: 0, count: shape.count)
      for flat in 0..<positions.count {
        var offset = strided.offset
        for axis in 0..<shape.count {
          let p = axis == dim ? (positions[flat] < 0 ? Int(positions[flat]) + size : Int(positions[flat])) : index[axis]
          offset += p * strided.strides[axis]
        }
        if !scatter {
          packed[flat] = base[offset]
        } else {
          base[offset] = accumulate ? add(base[offset], packed[flat]) : packed[flat]
        }
        var axis = shape.count - 1
        while axis >= 0 {
          index[axis] += 1
          if index[axis] < shape[axis] { break }
          index[axis] = 0
          axis -= 1
        }
      }
    }
    switch strided.dtype {
    case .float32: move(Float.self, +)
    case .float64: move(Double.self, +)
    case .int64: move(Int64.self, &+)
    case .bool: move(Bool.self) { $0 || $1 }
    }
  }
}
