/// Reshaping, transposing, slicing and broadcasting. Each returns a view sharing this
/// tensor's memory wherever NumPy would, and copies only where it must (`reshape` of a
/// non-contiguous tensor).
extension Tensor {
  /// A view with new shape and strides over the same memory.
  func view(shape: [Int], strides: [Int], offset: Int? = nil) -> Tensor {
    Tensor(storage: storage, dtype: dtype, shape: shape, strides: strides, offset: offset ?? self.offset)
  }

  /// Resolves one `-1` in a requested shape and checks the element count.
  private func resolvedShape(_ requested: [Int], _ operation: String) throws -> [Int] {
    let inferred = requested.indices.filter { requested[$0] == -1 }
    guard inferred.count <= 1 else { throw TensorError("\(operation): only one dimension can be inferred (-1)") }
    guard requested.allSatisfy({ $0 >= -1 }) else { throw TensorError("\(operation): invalid shape \(requested)") }
    var shape = requested
    let known = requested.filter { $0 != -1 }.reduce(1, *)
    if let axis = inferred.first {
      guard known != 0, count % known == 0 else {
        throw TensorError("\(operation): shape \(requested) is invalid for a tensor of \(count) elements")
      }
      shape[axis] = count / known
    }
    guard shape.reduce(1, *) == count else {
      throw TensorError("\(operation): shape \(requested) is invalid for a tensor of \(count) elements (shape \(self.shape))")
    }
    return shape
  }

  /// The same elements in a new shape, sharing memory; the tensor must be contiguous.
  /// One dimension may be -1 and is inferred.
  public func view(_ shape: [Int]) throws -> Tensor {
    let shape = try resolvedShape(shape, "view")
    guard isContiguous else {
      throw TensorError("view: the tensor is not contiguous (shape \(self.shape), strides \(strides)); use reshape(...) instead")
    }
    return try Autodiff.record(.reshape, [self]) { view(shape: shape, strides: Tensor.contiguousStrides(shape)) }
  }

  /// The same elements in a new shape: a view when the tensor is contiguous, else a copy.
  public func reshape(_ shape: [Int]) throws -> Tensor {
    let shape = try resolvedShape(shape, "reshape")
    return try Autodiff.record(.reshape, [self]) { contiguous().view(shape: shape, strides: Tensor.contiguousStrides(shape)) }
  }

  /// Swaps two dimensions (a view).
  public func transpose(_ dim0: Int, _ dim1: Int) throws -> Tensor {
    let (a, b) = (try axis(dim0, "transpose"), try axis(dim1, "transpose"))
    guard rank > 0 else { return self }
    var order = Array(0..<rank)
    order.swapAt(a, b)
    return try permute(order)
  }

  /// Reorders the dimensions (a view): result dimension i is dimension `order[i]`.
  public func permute(_ order: [Int]) throws -> Tensor {
    guard order.count == rank else {
      throw TensorError("permute: \(order) has \(order.count) dimensions but the tensor has \(rank)")
    }
    let axes = try order.map { try axis($0, "permute") }
    guard Set(axes).count == rank else { throw TensorError("permute: \(order) repeats a dimension") }
    return try Autodiff.record(.permute(axes), [self]) { view(shape: axes.map { shape[$0] }, strides: axes.map { strides[$0] }) }
  }

  /// The tensor with its dimensions reversed: the transpose of a matrix (a view).
  public var T: Tensor {
    // swiftlint:disable:next force_try
    try! Autodiff.record(.permute(Array((0..<rank).reversed())), [self]) {
      view(shape: shape.reversed(), strides: strides.reversed())
    }
  }

  /// Repeats size-1 dimensions to `shape` without copying (stride 0); new leading
  /// dimensions may be added, and -1 keeps a size.
  public func expand(_ target: [Int]) throws -> Tensor {
    guard target.count >= rank else {
      throw TensorError("expand: the shape \(target) has fewer dimensions than the tensor's \(shape)")
    }
    let lead = target.count - rank
    var newShape = target
    var newStrides = [Int](repeating: 0, count: target.count)
    for axis in 0..<rank {
      let size = target[lead + axis] == -1 ? shape[axis] : target[lead + axis]
      newShape[lead + axis] = size
      if shape[axis] == size {
        newStrides[lead + axis] = strides[axis]
      } else if shape[axis] != 1 {
        throw TensorError("expand: cannot expand shape \(shape) to \(target) (dimension \(axis) has size \(shape[axis]), not 1)")
      }
    }
    guard newShape.allSatisfy({ $0 >= 0 }) else { throw TensorError("expand: invalid shape \(target)") }
    return try Autodiff.record(.expand, [self]) { view(shape: newShape, strides: newStrides) }
  }

  /// Expands to another tensor's shape.
  public func expand(as other: Tensor) throws -> Tensor { try expand(other.shape) }

  /// Elements `start..<end` stepping by `step` along `dim` (a view); bounds are clamped as
  /// Python's slices are, and negative ones count from the end.
  public func slice(dim: Int, start: Int? = nil, end: Int? = nil, step: Int = 1) throws -> Tensor {
    let d = try axis(dim, "slice")
    guard rank > 0 else { throw TensorError("slice: cannot slice a 0-dimensional tensor") }
    guard step > 0 else { throw TensorError("slice: step must be positive, got \(step)") }
    let size = shape[d]
    func clamp(_ bound: Int?, _ fallback: Int) -> Int {
      guard let bound else { return fallback }
      return Swift.min(Swift.max(bound < 0 ? bound + size : bound, 0), size)
    }
    let lower = clamp(start, 0)
    let upper = Swift.max(clamp(end, size), lower)
    var newShape = shape
    var newStrides = strides
    newShape[d] = (upper - lower + step - 1) / step
    newStrides[d] = strides[d] * step
    return try Autodiff.record(.slice(dim: d, start: lower, end: upper, step: step), [self]) {
      view(shape: newShape, strides: newStrides, offset: offset + lower * strides[d])
    }
  }

  /// `length` elements from `start` along `dim` (a view).
  public func narrow(dim: Int, start: Int, length: Int) throws -> Tensor {
    let d = try axis(dim, "narrow")
    guard start >= 0, length >= 0, start + length <= shape[d] else {
      throw TensorError("narrow: start \(start) and length \(length) exceed dimension \(dim) of size \(shape[d])")
    }
    return try slice(dim: d, start: start, end: start + length)
  }

  /// The sub-tensor at `index` along `dim`, which disappears (a view).
  public func select(dim: Int, index: Int) throws -> Tensor {
    let d = try axis(dim, "select")
    guard rank > 0 else { throw TensorError("select: cannot index a 0-dimensional tensor") }
    let size = shape[d]
    guard index >= -size && index < size else {
      throw TensorError("index \(index) is out of bounds for dimension \(d) with size \(size)")
    }
    let i = index < 0 ? index + size : index
    var newShape = shape
    var newStrides = strides
    newShape.remove(at: d)
    newStrides.remove(at: d)
    return try Autodiff.record(.index(Array(repeating: .all, count: d) + [.at(i)]), [self]) {
      view(shape: newShape, strides: newStrides, offset: offset + i * strides[d])
    }
  }

  /// Inserts a dimension of size 1 at `dim` (a view).
  public func unsqueeze(_ dim: Int) throws -> Tensor {
    let d = try axis(dim, "unsqueeze", rank: rank + 1)
    var newShape = shape
    var newStrides = strides
    newShape.insert(1, at: d)
    newStrides.insert(d < rank ? strides[d] * shape[d] : 1, at: d)
    return try Autodiff.record(.reshape, [self]) { view(shape: newShape, strides: newStrides) }
  }

  /// Removes every dimension of size 1 (a view).
  public func squeeze() -> Tensor {
    let kept = (0..<rank).filter { shape[$0] != 1 }
    // swiftlint:disable:next force_try
    return try! Autodiff.record(.reshape, [self]) { view(shape: kept.map { shape[$0] }, strides: kept.map { strides[$0] }) }
  }

  /// Removes dimension `dim` if its size is 1 (a view).
  public func squeeze(_ dim: Int) throws -> Tensor {
    let d = try axis(dim, "squeeze")
    guard rank > 0, shape[d] == 1 else { return self }
    var newShape = shape
    var newStrides = strides
    newShape.remove(at: d)
    newStrides.remove(at: d)
    return try Autodiff.record(.reshape, [self]) { view(shape: newShape, strides: newStrides) }
  }

  /// Merges dimensions `startDim...endDim` into one.
  public func flatten(startDim: Int = 0, endDim: Int = -1) throws -> Tensor {
    guard rank > 0 else { return try reshape([1]) }
    let (s, e) = (try axis(startDim, "flatten"), try axis(endDim, "flatten"))
    guard s <= e else { throw TensorError("flatten: startDim \(startDim) comes after endDim \(endDim)") }
    let merged = shape[s...e].reduce(1, *)
    return try reshape(Array(shape[..<s]) + [merged] + Array(shape[(e + 1)...]))
  }
}
