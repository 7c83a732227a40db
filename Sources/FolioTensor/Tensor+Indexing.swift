/// Subscripts with NumPy's rules: integers, ranges and new axes give views; int64 tensors and
/// bool masks ("advanced" indices) gather copies, and assignment through any of them writes
/// into this tensor.
extension Tensor {
  /// The elements selected by `indices` (`t[i, 1..<3]`, `t[mask]`, `t[labels]`).
  public func index(_ indices: [TensorIndex]) throws -> Tensor {
    try Autodiff.record(.index(indices), [self]) {
      if let rows = try gatheredRows(indices) { return rows }
      let selection = try Selection(self, indices)
      guard let advanced = selection.advanced else { return selection.view }
      let out = Tensor(empty: advanced.frontShape, dtype: dtype)
      advanced.transfer(selection.view, out, .gather)
      return try advanced.place(out)
    }
  }

  /// `t[positions]` with one list of int64 positions on a contiguous tensor, which is how a
  /// data loader gathers a batch: whole rows copied at once, rather than element by element
  /// through a `Selection`. Nil for any other subscript.
  private func gatheredRows(_ indices: [TensorIndex]) throws -> Tensor? {
    guard indices.count == 1, case .tensor(let positions) = indices[0], positions.dtype == .int64, positions.rank == 1,
      rank > 0, isContiguous
    else { return nil }
    // Not strides[0]: a dimension of size 1 may carry any stride and still be contiguous.
    let rowBytes = shape.dropFirst().reduce(1, *) * dtype.byteSize
    let out = Tensor(empty: [positions.count] + shape.dropFirst(), dtype: dtype)
    let rows = positions.contiguous().pointer(Int64.self)
    let source = UnsafeRawPointer(storage.base + offset * dtype.byteSize)
    for i in 0..<positions.count {
      let row = Int(rows[i])
      guard (-shape[0]..<shape[0]).contains(row) else {
        throw TensorError("index \(row) is out of bounds for dimension 0 with size \(shape[0])")
      }
      (out.storage.base + i * rowBytes).copyMemory(from: source + (row < 0 ? row + shape[0] : row) * rowBytes, byteCount: rowBytes)
    }
    return out
  }

  /// Writes `value`, broadcast to the selection's shape, into the selected elements
  /// (`grad[h < 0] = 0`, `w[0] = row`).
  public func indexPut(_ indices: [TensorIndex], _ value: Tensor) throws {
    try Autodiff.requireInPlaceAllowed(self, "indexPut")
    if indices.count == 1, case .tensor(let mask) = indices[0], mask.dtype == .bool, mask.shape == shape,
      value.count == 1
    {
      // `grad[h < 0] = 0`, the common case, as one pass over the mask.
      guard isContiguous, mask.isContiguous else { return try copy(from: Tensor.where(mask, value.to(dtype).reshape([]), self)) }
      let flags = mask.pointer(Bool.self)
      func fill<T>(_ v: T) {
        let p = pointer(T.self)
        for i in 0..<count where flags[i] { p[i] = v }
      }
      let scalar = value.to(dtype).contiguous()
      switch dtype {
      case .float32: fill(scalar.pointer(Float.self).pointee)
      case .float64: fill(scalar.pointer(Double.self).pointee)
      case .int64: fill(scalar.pointer(Int64.self).pointee)
      case .bool: fill(scalar.pointer(Bool.self).pointee)
      }
      return
    }
    let selection = try Selection(self, indices)
    guard let advanced = selection.advanced else {
      try selection.view.copy(from: value)
      return
    }
    let source = try advanced.unplace(value.to(dtype).expand(advanced.placedShape)).contiguous()
    advanced.transfer(selection.view, source, .assign)
  }

  /// Adds `value` into the selected elements; a position selected twice receives both.
  func indexAdd(_ indices: [TensorIndex], _ value: Tensor) throws {
    let selection = try Selection(self, indices)
    guard let advanced = selection.advanced else {
      try selection.view += value
      return
    }
    let source = try advanced.unplace(value.to(dtype).expand(advanced.placedShape)).contiguous()
    advanced.transfer(selection.view, source, .add)
  }

  /// Writes a scalar into the selected elements.
  public func indexPut(_ indices: [TensorIndex], _ value: Double) throws {
    try indexPut(indices, Tensor.scalar(value, for: self).to(dtype))
  }

  /// Sets every element to `value`, converted to the dtype (`fill_`, and `zero_` with 0).
  public func fill(_ value: Double) throws {
    guard isContiguous else { return try indexPut([.ellipsis], value) }
    try Autodiff.requireInPlaceAllowed(self, "fill")
    // One typed store per element, which the compiler turns into a memset-like loop; the
    // broadcasting copy walks a zero-stride operand element by element.
    switch dtype {
    case .float32: pointer(Float.self).update(repeating: Float(value), count: count)
    case .float64: pointer(Double.self).update(repeating: value, count: count)
    case .int64:
      // Truncated toward zero, as a conversion to int64 does; out-of-range values take the
      // general path and its message.
      guard let n = Int64(exactly: value.rounded(.towardZero)) else { return try indexPut([.ellipsis], value) }
      pointer(Int64.self).update(repeating: n, count: count)
    case .bool: pointer(Bool.self).update(repeating: value != 0, count: count)
    }
  }

  /// Copies `source`, broadcast to this tensor's shape and converted to its dtype, into it.
  public func copy(from source: Tensor) throws {
    try Autodiff.requireInPlaceAllowed(self, "copy")
    let target = try Broadcasting.shape(shape, source.shape, operation: "copy")
    guard target == shape else {
      throw TensorError("copy: cannot assign a tensor of shape \(source.shape) to a selection of shape \(shape)")
    }
    let converted = source.to(dtype)
    let operand = converted.storage === storage ? converted.clone() : converted
    let strides = Broadcasting.strides(of: operand, to: shape)
    func assign<T>(_: T.Type) { Kernels.zip(operand, strides, operand, strides, into: self) { (x: T, _: T) in x } }
    switch dtype {
    case .float32: assign(Float.self)
    case .float64: assign(Double.self)
    case .int64: assign(Int64.self)
    case .bool: assign(Bool.self)
    }
  }

  /// The positions of true (nonzero) elements as rows of an int64 `[count, rank]` tensor.
  public func nonzero() -> Tensor {
    let truth = bool().contiguous()
    let flags = truth.pointer(Bool.self)
    var rows: [Int64] = []
    rows.reserveCapacity(rank * 64)
    var position = [Int64](repeating: 0, count: rank)
    for flat in 0..<count where flags[flat] {
      var rest = flat
      for axis in stride(from: rank - 1, through: 0, by: -1) {
        position[axis] = Int64(rest % shape[axis])
        rest /= shape[axis]
      }
      rows.append(contentsOf: position)
    }
    return try! Tensor(shape: [rows.count / Swift.max(rank, 1), rank], values: rows)
  }
}

/// A subscript resolved in two steps: the basic indices as a view, then the advanced ones.
private struct Selection {
  /// The tensor after the basic indices; advanced dimensions are still whole.
  let view: Tensor
  let advanced: AdvancedIndex?

  init(_ tensor: Tensor, _ indices: [TensorIndex]) throws {
    let used = indices.reduce(0) { $0 + $1.consumed }
    guard used <= tensor.rank else {
      throw TensorError("too many indices for a tensor of \(tensor.rank) dimensions: \(used) were given")
    }
    guard indices.filter({ if case .ellipsis = $0 { true } else { false } }).count <= 1 else {
      throw TensorError("an index can only have a single ellipsis ('...')")
    }
    var view = tensor
    var dim = 0  // the next dimension of `view` to index
    var source = 0  // the matching dimension of `tensor`, for messages
    var lists: [(dim: Int, positions: Tensor)] = []
    for index in indices {
      switch index {
      case .at(let i):
        guard i >= -view.shape[dim] && i < view.shape[dim] else {
          throw TensorError("index \(i) is out of bounds for dimension \(source) with size \(view.shape[dim])")
        }
        view = try view.select(dim: dim, index: i)
        source += 1
      case .range(let start, let end, let step):
        view = try view.slice(dim: dim, start: start, end: end, step: step)
        (dim, source) = (dim + 1, source + 1)
      case .all:
        (dim, source) = (dim + 1, source + 1)
      case .ellipsis:
        let skipped = tensor.rank - used
        (dim, source) = (dim + skipped, source + skipped)
      case .newAxis:
        view = try view.unsqueeze(dim)
        dim += 1
      case .tensor(let t) where t.dtype == .bool:
        let covered = Array(view.shape[dim..<(dim + Swift.max(t.rank, 1))])
        guard t.shape == covered || (t.rank == 0) else {
          throw TensorError(
            "the mask of shape \(t.shape) does not match the indexed shape \(covered) at dimension \(source)")
        }
        if t.rank == 0 {
          // A scalar mask adds a dimension of size 1 or 0, as in NumPy.
          view = try view.unsqueeze(dim)
          lists.append((dim, try Tensor.arange(t.element(at: 0) != 0 ? 1 : 0).to(.int64)))
          dim += 1
        } else {
          let positions = t.nonzero()
          for k in 0..<t.rank {
            lists.append((dim + k, try positions.select(dim: 1, index: k)))
          }
          (dim, source) = (dim + t.rank, source + t.rank)
        }
      case .tensor(let t):
        guard t.dtype == .int64 else {
          throw TensorError("tensors used as indices must be int64 or bool, got \(t.dtype)")
        }
        lists.append((dim, t))
        (dim, source) = (dim + 1, source + 1)
      }
    }
    self.view = view
    self.advanced = lists.isEmpty ? nil : try AdvancedIndex(view, lists)
  }
}

/// Integer index tensors over some dimensions of a view, broadcast together.
private struct AdvancedIndex {
  /// The broadcast shape of the index tensors.
  let indexShape: [Int]
  /// The view's dimensions that are not indexed.
  let restShape: [Int]
  /// For each index position, the storage offset of its first element.
  let bases: [Int]
  /// The offsets of the non-indexed elements relative to a base, in row-major order.
  let restOffsets: [Int]
  /// Where the indexed dimensions go in the result: NumPy keeps them in place when they are
  /// adjacent, and moves them to the front otherwise.
  let position: Int

  init(_ view: Tensor, _ lists: [(dim: Int, positions: Tensor)]) throws {
    var shape: [Int] = []
    for list in lists { shape = try Broadcasting.shape(shape, list.positions.shape, operation: "index") }
    indexShape = shape
    let dims = lists.map(\.dim)
    let adjacent = zip(dims, dims.dropFirst()).allSatisfy { $1 == $0 + 1 }
    position = adjacent ? dims[0] : 0
    let rest = (0..<view.rank).filter { !dims.contains($0) }
    restShape = rest.map { view.shape[$0] }
    let count = shape.reduce(1, *)
    var bases = [Int](repeating: view.offset, count: count)
    for list in lists {
      let size = view.shape[list.dim]
      let positions = try list.positions.expand(shape).contiguous().elements(Int64.self)
      for (k, p) in positions.enumerated() {
        guard p >= -Int64(size) && p < Int64(size) else {
          throw TensorError("index \(p) is out of bounds for dimension \(list.dim) with size \(size)")
        }
        bases[k] += (p < 0 ? Int(p) + size : Int(p)) * view.strides[list.dim]
      }
    }
    self.bases = bases
    var offsets = [0]
    for axis in rest {
      offsets = offsets.flatMap { base in (0..<view.shape[axis]).map { base + $0 * view.strides[axis] } }
    }
    restOffsets = offsets
  }

  /// The result shape with the indexed dimensions first.
  var frontShape: [Int] { indexShape + restShape }

  /// The result shape with the indexed dimensions where NumPy puts them.
  var placedShape: [Int] {
    Array(restShape[..<position]) + indexShape + Array(restShape[position...])
  }

  /// Moves the indexed dimensions of a front-layout result to their place.
  func place(_ front: Tensor) throws -> Tensor {
    guard position > 0 else { return front }
    let (k, r) = (indexShape.count, restShape.count)
    let order = Array(k..<(k + position)) + Array(0..<k) + Array((k + position)..<(k + r))
    return try front.permute(order).contiguous()
  }

  /// The inverse of `place`: a placed-layout tensor in front layout.
  func unplace(_ placed: Tensor) throws -> Tensor {
    guard position > 0 else { return placed }
    let k = indexShape.count
    let order = Array(position..<(position + k)) + Array(0..<position) + Array((position + k)..<placed.rank)
    return try placed.permute(order)
  }

  /// Which way `transfer` moves elements.
  enum Direction {
    /// From the selection into `dense`.
    case gather
    /// From `dense` into the selection.
    case assign
    /// From `dense` added into the selection, accumulating repeated positions.
    case add
  }

  /// Moves elements between the selected elements of `view` and the contiguous front-layout `dense`.
  func transfer(_ view: Tensor, _ dense: Tensor, _ direction: Direction) {
    func move<T>(_: T.Type, _ plus: (T, T) -> T) {
      let (storage, packed) = (view.storage.base.assumingMemoryBound(to: T.self), dense.pointer(T.self))
      let n = restOffsets.count
      restOffsets.withUnsafeBufferPointer { rest in
        for (k, base) in bases.enumerated() {
          let (from, row) = (storage + base, packed + k * n)
          switch direction {
          case .gather: for r in 0..<n { row[r] = from[rest[r]] }
          case .assign: for r in 0..<n { from[rest[r]] = row[r] }
          case .add: for r in 0..<n { from[rest[r]] = plus(from[rest[r]], row[r]) }
          }
        }
      }
    }
    switch view.dtype {
    case .float32: move(Float.self, +)
    case .float64: move(Double.self, +)
    case .int64: move(Int64.self, &+)
    case .bool: move(Bool.self) { $0 || $1 }
    }
  }
}
