import CBLAS

/// Matrix products on OpenBLAS: 1-D, 2-D and batched, with transposed views handed to BLAS as
/// transposes rather than copied.
extension Tensor {
  /// The matrix product with PyTorch's `matmul` rules: 1-D·1-D is a dot product, a 1-D operand
  /// is a row (left) or column (right) vector, and leading batch dimensions broadcast.
  public func matmul(_ other: Tensor) throws -> Tensor {
    if let fused = try forwardModeProduct(other) { return fused }
    return try Autodiff.record(.matmul, [self, other]) { try product(other) }
  }

  /// In forward mode alone, a layer's value a·b and its tangent's term ta·b share the right
  /// operand, so they are one GEMM on [a; ta] stacked by rows: b is packed for BLAS once
  /// instead of twice, which is most of what a jvp costs beyond its multiplications.
  private func forwardModeProduct(_ other: Tensor) throws -> Tensor? {
    guard Autodiff.depth == 0, let ta = tangent, rank == 2, other.rank == 2, dtype == other.dtype,
      !(GradMode.isEnabled && (requiresGrad || other.requiresGrad))
    else { return nil }
    let m = shape[0]
    let (a, b) = (detach(), other.detach())
    return try Autodiff.untracked {
      let stacked = try Tensor.cat([a, ta]).product(b)
      let value = try stacked.narrow(dim: 0, start: 0, length: m)
      var tangent = try stacked.narrow(dim: 0, start: m, length: m)
      if let tb = other.tangent { tangent = try tangent + a.product(tb) }
      value.tangent = tangent
      return value
    }
  }

  private func product(_ other: Tensor) throws -> Tensor {
    guard dtype == other.dtype else {
      throw TensorError("matmul: expected both operands to have the same dtype, got \(dtype) and \(other.dtype)")
    }
    guard dtype.isFloatingPoint else { throw TensorError("matmul: expected float32 or float64 tensors, got \(dtype)") }
    guard rank > 0, other.rank > 0 else {
      throw TensorError("matmul: both operands need at least one dimension, got shapes \(shape) and \(other.shape)")
    }
    if rank == 1 && other.rank == 1 { return try innerProduct(other) }
    let a = rank == 1 ? try unsqueeze(0) : self
    let b = other.rank == 1 ? try other.unsqueeze(1) : other
    let (m, k, n) = (a.shape[a.rank - 2], a.shape[a.rank - 1], b.shape[b.rank - 1])
    guard b.shape[b.rank - 2] == k else {
      throw TensorError("matmul: shapes \(shape) and \(other.shape) cannot be multiplied (\(k) != \(b.shape[b.rank - 2]))")
    }
    let batch = try Broadcasting.shape(Array(a.shape.dropLast(2)), Array(b.shape.dropLast(2)), operation: "matmul")
    let x = try a.expand(batch + [m, k])
    let y = try b.expand(batch + [k, n])
    var result = Tensor(empty: batch + [m, n], dtype: dtype, zeroed: k == 0)
    if m > 0 && n > 0 && k > 0 {
      let count = batch.reduce(1, *)
      for index in 0..<count {
        try Tensor.gemm(x.matrix(index), y.matrix(index), into: result.matrix(index), m, n, k)
      }
    }
    if rank == 1 { result = try result.squeeze(-2) }
    if other.rank == 1 { result = try result.squeeze(-1) }
    return result
  }

  /// The product of two 2-D tensors (`torch.mm`).
  public func mm(_ other: Tensor) throws -> Tensor {
    guard rank == 2, other.rank == 2 else {
      throw TensorError("mm: expected two 2-D tensors, got shapes \(shape) and \(other.shape)")
    }
    return try matmul(other)
  }

  /// The product of two batches of matrices, `[b, m, k]·[b, k, n]` (`torch.bmm`).
  public func bmm(_ other: Tensor) throws -> Tensor {
    guard rank == 3, other.rank == 3, shape[0] == other.shape[0] else {
      throw TensorError("bmm: expected two 3-D tensors with the same batch size, got shapes \(shape) and \(other.shape)")
    }
    return try matmul(other)
  }

  /// The dot product of two 1-D tensors of the same length, as a scalar tensor.
  public func dot(_ other: Tensor) throws -> Tensor {
    try Autodiff.record(.matmul, [self, other]) { try innerProduct(other) }
  }

  private func innerProduct(_ other: Tensor) throws -> Tensor {
    guard rank == 1, other.rank == 1, count == other.count else {
      throw TensorError("dot: expected two 1-D tensors of the same length, got shapes \(shape) and \(other.shape)")
    }
    guard dtype == other.dtype, dtype.isFloatingPoint else {
      throw TensorError("dot: expected two float32 or two float64 tensors, got \(dtype) and \(other.dtype)")
    }
    let n = Int32(count)
    if dtype == .float32 {
      return Tensor(scalar: cblas_sdot(n, pointer(Float.self), Int32(strides[0]), other.pointer(Float.self), Int32(other.strides[0])))
    }
    return Tensor(scalar: cblas_ddot(n, pointer(Double.self), Int32(strides[0]), other.pointer(Double.self), Int32(other.strides[0])))
  }

  /// The outer product of two 1-D tensors: `[m]` and `[n]` give `[m, n]`.
  public func outer(_ other: Tensor) throws -> Tensor {
    guard rank == 1, other.rank == 1 else {
      throw TensorError("outer: expected two 1-D tensors, got shapes \(shape) and \(other.shape)")
    }
    return try unsqueeze(1) * other.unsqueeze(0)
  }

  /// The `index`th matrix of a tensor whose last two dimensions are matrices.
  private func matrix(_ index: Int) -> Tensor {
    var rest = index
    var position = offset
    for axis in stride(from: rank - 3, through: 0, by: -1) {
      position += (rest % shape[axis]) * strides[axis]
      rest /= shape[axis]
    }
    return view(shape: Array(shape.suffix(2)), strides: Array(strides.suffix(2)), offset: position)
  }

  /// How BLAS can read a matrix view: its transpose flag and leading dimension, or nil when
  /// the view needs a copy first (e.g. every other column).
  private var blasLayout: (transpose: CBLAS_TRANSPOSE, leading: Int)? {
    let (rows, columns) = (shape[0], shape[1])
    let rowStride = rows == 1 ? Swift.max(columns, 1) : strides[0]
    let columnStride = columns == 1 ? 1 : strides[1]
    if columnStride == 1 && rowStride >= Swift.max(columns, 1) { return (CblasNoTrans, rowStride) }
    let transposedColumnStride = columns == 1 ? Swift.max(rows, 1) : strides[1]
    let transposedRowStride = rows == 1 ? 1 : strides[0]
    if transposedRowStride == 1 && transposedColumnStride >= Swift.max(rows, 1) {
      return (CblasTrans, transposedColumnStride)
    }
    return nil
  }

  /// `c = a·b` for matrix views, through sgemm or dgemm.
  private static func gemm(_ a: Tensor, _ b: Tensor, into c: Tensor, _ m: Int, _ n: Int, _ k: Int) throws {
    let a = a.blasLayout == nil ? a.clone() : a
    let b = b.blasLayout == nil ? b.clone() : b
    let (la, lb) = (a.blasLayout!, b.blasLayout!)
    let (m32, n32, k32) = (Int32(m), Int32(n), Int32(k))
    if c.dtype == .float32 {
      cblas_sgemm(
        CblasRowMajor, la.transpose, lb.transpose, m32, n32, k32, 1, a.pointer(Float.self), Int32(la.leading),
        b.pointer(Float.self), Int32(lb.leading), 0, c.pointer(Float.self), Int32(c.strides[0]))
    } else {
      cblas_dgemm(
        CblasRowMajor, la.transpose, lb.transpose, m32, n32, k32, 1, a.pointer(Double.self), Int32(la.leading),
        b.pointer(Double.self), Int32(lb.leading), 0, c.pointer(Double.self), Int32(c.strides[0]))
    }
  }
}

/// Sets how many threads OpenBLAS uses. One is fastest for MNIST-sized shapes on two cores
/// (measured in ../shared/notes/swift-system-libraries.md), so the runner sets it at start.
public func setBLASThreads(_ count: Int) {
  openblas_set_num_threads(Int32(Swift.max(1, count)))
}
