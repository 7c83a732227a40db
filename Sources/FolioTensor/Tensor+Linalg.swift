import CBLAS

extension Tensor {
  /// Matrix product of two 2-D tensors, `[m, k] x [k, n] -> [m, n]`, computed by OpenBLAS's
  /// single-precision GEMM.
  public func matmul(_ other: Tensor) throws -> Tensor {
    guard rank == 2, other.rank == 2 else {
      throw TensorError("matmul: expected two 2-D tensors, got shapes \(shape) and \(other.shape)")
    }
    let (m, k, n) = (shape[0], shape[1], other.shape[1])
    guard other.shape[0] == k else {
      throw TensorError("matmul: shapes \(shape) and \(other.shape) cannot be multiplied (\(k) != \(other.shape[0]))")
    }
    var result = [Float](repeating: 0, count: m * n)
    // BLAS rejects a leading dimension of 0, so empty products skip the call (and are zero).
    if m > 0 && n > 0 && k > 0 {
      storage.withUnsafeBufferPointer { a in
        other.storage.withUnsafeBufferPointer { b in
          result.withUnsafeMutableBufferPointer { c in
            cblas_sgemm(
              CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k),
              1, a.baseAddress, Int32(k), b.baseAddress, Int32(n), 0, c.baseAddress, Int32(n))
          }
        }
      }
    }
    return Tensor(unchecked: [m, n], result)
  }
}

/// Sets how many threads OpenBLAS uses. One is fastest for MNIST-sized shapes on two cores
/// (measured in ../shared/notes/swift-system-libraries.md), so the runner sets it at start.
public func setBLASThreads(_ count: Int) {
  openblas_set_num_threads(Int32(max(1, count)))
}
