/// The adjoint operations reverse mode needs beyond the public API: each scatters or sums a
/// cotangent back to the shape its primal had, and is itself a primitive whose reverse rule is
/// the forward operation, so second derivatives flow through it.
extension Tensor {
  /// Sums over the dimensions that broadcasting expanded, giving `target`'s shape.
  func sumTo(_ target: [Int]) throws -> Tensor {
    guard shape != target else { return self }
    let lead = rank - target.count
    var dims = Array(0..<Swift.max(lead, 0))
    for (i, size) in target.enumerated() where size == 1 && shape[lead + i] != 1 { dims.append(lead + i) }
    let summed = dims.isEmpty ? self : try sum(dims: dims, keepDim: true)
    return try summed.reshape(target)
  }

  /// Zeros of `target` shape with this tensor placed at the slice `start..<end` by `step` along `dim`.
  func sliceScatter(into target: [Int], dim: Int, start: Int, end: Int, step: Int) throws -> Tensor {
    try Autodiff.record(.sliceScatter(shape: target, dim: dim, start: start, end: end, step: step), [self]) {
      let out = Tensor(empty: target, dtype: dtype, zeroed: true)
      try out.slice(dim: dim, start: start, end: end, step: step).copy(from: self)
      return out
    }
  }

  /// Zeros of `target` shape with this tensor added at the selection `indices` (repeated
  /// positions add up, which makes this the adjoint of `index`).
  func indexScatter(_ indices: [TensorIndex], into target: [Int]) throws -> Tensor {
    try Autodiff.record(.indexScatter(indices, shape: target), [self]) {
      let out = Tensor(empty: target, dtype: dtype, zeroed: true)
      try out.indexAdd(indices, self)
      return out
    }
  }

  /// Zeros of `target` shape with this tensor's elements added at `index` along `dim`.
  func scatterAdd(into target: [Int], dim: Int, index: Tensor) throws -> Tensor {
    try Autodiff.record(.scatterAdd(shape: target, dim: dim, index: index), [self]) {
      try Tensor(empty: target, dtype: dtype, zeroed: true).scatter(dim: dim, index: index, source: self, accumulate: true)
    }
  }

  /// The elements at flat positions `indices` within each of the last two dimensions' planes,
  /// as `maxPool2d` reported them: the adjoint of `maxUnpool2d`.
  func pick(at indices: Tensor) throws -> Tensor {
    let planes = try flatten(startDim: -2)
    let positions = try indices.flatten(startDim: -2)
    return try planes.gather(dim: planes.rank - 1, index: positions).reshape(indices.shape)
  }
}
