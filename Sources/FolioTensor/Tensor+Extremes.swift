/// Largest and smallest elements, with the positions where they occur.
extension Tensor {
  /// The largest element of the whole tensor.
  public func max() throws -> Tensor { try extreme(largest: true, dim: nil, keepDim: false).values }
  /// The smallest element of the whole tensor.
  public func min() throws -> Tensor { try extreme(largest: false, dim: nil, keepDim: false).values }

  /// The largest elements along `dim` and their indices (`torch.max(t, dim)`).
  public func max(dim: Int, keepDim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
    try extreme(largest: true, dim: dim, keepDim: keepDim)
  }

  /// The smallest elements along `dim` and their indices.
  public func min(dim: Int, keepDim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
    try extreme(largest: false, dim: dim, keepDim: keepDim)
  }

  /// The largest elements over several dimensions (values only, as `amax`).
  public func max(dims: [Int]?, keepDim: Bool = false) throws -> Tensor {
    try extremeValues(largest: true, dims: dims, keepDim: keepDim)
  }

  /// The index of the largest element along `dim`, or in the flattened tensor when nil.
  public func argmax(dim: Int? = nil, keepDim: Bool = false) throws -> Tensor {
    guard let dim else { return try reshape([-1]).extreme(largest: true, dim: 0, keepDim: false).indices }
    return try extreme(largest: true, dim: dim, keepDim: keepDim).indices
  }

  /// The index of the smallest element along `dim`, or in the flattened tensor when nil.
  public func argmin(dim: Int? = nil, keepDim: Bool = false) throws -> Tensor {
    guard let dim else { return try reshape([-1]).extreme(largest: false, dim: 0, keepDim: false).indices }
    return try extreme(largest: false, dim: dim, keepDim: keepDim).indices
  }

  private func extremeValues(largest: Bool, dims: [Int]?, keepDim: Bool) throws -> Tensor {
    let name = largest ? "max" : "min"
    try Autodiff.requireUntracked(self, "\(name)(dims:)")
    let layout = try ReductionLayout(self, dims: dims, keepDim: keepDim, name)
    guard layout.rowLength > 0 else { throw TensorError("\(name): cannot reduce an empty dimension") }
    switch dtype {
    case .float32: return Tensor.extremes(layout, Float.self, largest: largest).values
    case .float64: return Tensor.extremes(layout, Double.self, largest: largest).values
    case .int64: return Tensor.extremes(layout, Int64.self, largest: largest).values
    case .bool: return try long().extremeValues(largest: largest, dims: dims, keepDim: keepDim).bool()
    }
  }

  private func extreme(largest: Bool, dim: Int?, keepDim: Bool) throws -> (values: Tensor, indices: Tensor) {
    let (values, indices) = try Autodiff.untracked { try computeExtreme(largest: largest, dim: dim, keepDim: keepDim) }
    guard Autodiff.isTracked(self) else { return (values, indices) }
    // Tracked, the values are taken again as a gather at the indices, so gradients reach the
    // elements that won.
    guard let dim else {
      return (try reshape([-1]).gather(dim: 0, index: indices.reshape([1])).reshape(values.shape), indices)
    }
    let d = try axis(dim, largest ? "max" : "min")
    let picked = try gather(dim: d, index: keepDim ? indices : indices.unsqueeze(d))
    return (keepDim ? picked : try picked.squeeze(d), indices)
  }

  private func computeExtreme(largest: Bool, dim: Int?, keepDim: Bool) throws -> (values: Tensor, indices: Tensor) {
    let name = largest ? "max" : "min"
    let layout = try ReductionLayout(self, dims: dim.map { [$0] }, keepDim: keepDim, name)
    guard layout.rowLength > 0 else { throw TensorError("\(name): cannot reduce an empty dimension") }
    switch dtype {
    case .float32: return Tensor.extremes(layout, Float.self, largest: largest)
    case .float64: return Tensor.extremes(layout, Double.self, largest: largest)
    case .int64: return Tensor.extremes(layout, Int64.self, largest: largest)
    case .bool:
      let (values, indices) = try long().extreme(largest: largest, dim: dim, keepDim: keepDim)
      return (values.bool(), indices)
    }
  }

  /// The first extreme of each row, where a NaN counts as the extreme (PyTorch propagates it).
  private static func extremes<T: TensorElement & Comparable>(
    _ layout: ReductionLayout, _: T.Type, largest: Bool
  ) -> (values: Tensor, indices: Tensor) {
    let values = Tensor(empty: layout.outputShape, dtype: T.dtype)
    let indices = Tensor(empty: layout.outputShape, dtype: .int64)
    let (v, ix, x) = (values.pointer(T.self), indices.pointer(Int64.self), layout.rows.pointer(T.self))
    let n = layout.rowLength
    for r in 0..<layout.rowCount {
      let row = x + r * n
      var best = row[0]
      var at = 0
      if best == best {
        for i in 1..<Swift.max(n, 1) {
          let value = row[i]
          if value != value {
            (best, at) = (value, i)
            break
          }
          if largest ? value > best : value < best { (best, at) = (value, i) }
        }
      }
      v[r] = best
      ix[r] = Int64(at)
    }
    return (values, indices)
  }
}
