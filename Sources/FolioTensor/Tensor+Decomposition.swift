import CBLAS

/// Matrix decompositions and solvers on LAPACK: `s*` routines for float32, `d*` for float64.
///
/// LAPACK reads matrices column-major, so the row-major array of A is, to LAPACK, Aᵀ. Each
/// function below says how it deals with that: for symmetric matrices the two are the same
/// matrix, and for the others the transpose either cancels out or is made explicit.
extension Tensor {
  /// The eigenvalues, ascending, and eigenvectors, as columns, of a symmetric matrix
  /// (`torch.linalg.eigh`); as PyTorch does by default, only the lower triangle is read.
  public func eigh() throws -> (eigenvalues: Tensor, eigenvectors: Tensor) {
    try Autodiff.requireUntracked(self, "eigh")
    try checkMatrix("eigh", square: true)
    return dtype == .float32 ? try Tensor.eigh(clone(), singleLAPACK) : try Tensor.eigh(clone(), doubleLAPACK)
  }

  /// The lower-triangular L with A = L·Lᵀ of a symmetric positive-definite matrix
  /// (`torch.linalg.cholesky`); only the lower triangle of A is read.
  public func cholesky() throws -> Tensor {
    try Autodiff.requireUntracked(self, "cholesky")
    try checkMatrix("cholesky", square: true)
    return dtype == .float32 ? try Tensor.cholesky(clone(), singleLAPACK) : try Tensor.cholesky(clone(), doubleLAPACK)
  }

  /// The solution X of A·X = B for a square A and B of shape `[n]` or `[n, k]`
  /// (`torch.linalg.solve`), by LU factorisation with partial pivoting.
  public static func solve(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try Autodiff.requireUntracked(a, "solve")
    try Autodiff.requireUntracked(b, "solve")
    try a.checkMatrix("solve", square: true)
    guard b.dtype == a.dtype else { throw TensorError("solve: expected B of dtype \(a.dtype), got \(b.dtype)") }
    let n = a.shape[0]
    guard b.rank == 1 || b.rank == 2, b.shape[0] == n else {
      throw TensorError(
        "solve: A of shape \(a.shape) and B of shape \(b.shape) do not fit A·X = B "
          + "(expected B of shape [\(n)] or [\(n), k])")
    }
    // gesv would solve Aᵀ·X = B on A's row-major array, so it gets an explicit transpose; B is
    // transposed too so each of its columns is contiguous, and X comes back the same way.
    let (matrix, rhs) = (a.T.clone(), b.T.clone())
    if a.dtype == .float32 { try solve(matrix, rhs, singleLAPACK) } else { try solve(matrix, rhs, doubleLAPACK) }
    return b.rank == 1 ? rhs : rhs.T.contiguous()
  }

  /// The inverse of a square matrix (`torch.linalg.inv`), by LU factorisation.
  public func inverse() throws -> Tensor {
    try Autodiff.requireUntracked(self, "inverse")
    try checkMatrix("inverse", square: true)
    // LAPACK inverts Aᵀ, and (Aᵀ)⁻¹ = (A⁻¹)ᵀ, which read row-major again is A⁻¹: no copy needed.
    let result = clone()
    if dtype == .float32 { try Tensor.invert(result, singleLAPACK) } else { try Tensor.invert(result, doubleLAPACK) }
    return result
  }

  /// The singular value decomposition A = U·diag(S)·Vh, S descending (`torch.linalg.svd`).
  /// With `fullMatrices` U is `[m, m]` and Vh `[n, n]`; otherwise `[m, k]` and `[k, n]`, k = min(m, n).
  public func svd(fullMatrices: Bool = false) throws -> (U: Tensor, S: Tensor, Vh: Tensor) {
    try Autodiff.requireUntracked(self, "svd")
    try checkMatrix("svd", square: false)
    if dtype == .float32 { return try Tensor.svd(clone(), fullMatrices, singleLAPACK) }
    return try Tensor.svd(clone(), fullMatrices, doubleLAPACK)
  }

  /// Checks that this is a float32 or float64 matrix, square if `square`.
  private func checkMatrix(_ operation: String, square: Bool) throws {
    guard dtype.isFloatingPoint else {
      throw TensorError("\(operation): expected a float32 or float64 tensor, got \(dtype)")
    }
    guard rank == 2 else { throw TensorError("\(operation): expected a 2-D matrix, got shape \(shape)") }
    guard !square || shape[0] == shape[1] else {
      throw TensorError("\(operation): expected a square matrix, got shape \(shape)")
    }
  }

  /// syevd on a contiguous copy of A, which it overwrites with the eigenvectors.
  private static func eigh<T>(_ a: Tensor, _ lapack: LAPACK<T>) throws -> (eigenvalues: Tensor, eigenvectors: Tensor) {
    let values = Tensor(empty: [a.shape[0]], dtype: a.dtype)
    var (n, lda, info) = (Int32(a.shape[0]), Int32(Swift.max(a.shape[0], 1)), Int32(0))
    var (lwork, liwork, workSize, iworkSize) = (Int32(-1), Int32(-1), T.zero, Int32(0))
    // To LAPACK the upper triangle is the row-major lower one, which PyTorch reads (UPLO='L').
    lapack.syevd(
      "V", "U", &n, a.pointer(T.self), &lda, values.pointer(T.self), &workSize, &lwork, &iworkSize, &liwork, &info, 1, 1)
    (lwork, liwork) = (Int32(workSize), iworkSize)
    var work = [T](repeating: 0, count: Int(lwork))
    var iwork = [Int32](repeating: 0, count: Int(liwork))
    lapack.syevd(
      "V", "U", &n, a.pointer(T.self), &lda, values.pointer(T.self), &work, &lwork, &iwork, &liwork, &info, 1, 1)
    try check(info, "eigh") { _ in "the algorithm failed to converge" }
    // Eigenvector k is column k of LAPACK's column-major array, which is row k here.
    return (values, a.T.contiguous())
  }

  /// potrf on a contiguous copy of A, returned as L with its upper triangle zeroed.
  private static func cholesky<T>(_ a: Tensor, _ lapack: LAPACK<T>) throws -> Tensor {
    let size = a.shape[0]
    var (n, lda, info) = (Int32(size), Int32(Swift.max(size, 1)), Int32(0))
    // LAPACK's A = UᵀU on its upper triangle is, row-major, A = L·Lᵀ on the lower one.
    lapack.potrf("U", &n, a.pointer(T.self), &lda, &info, 1)
    try check(info, "cholesky") {
      "the matrix is not positive definite (leading minor of order \($0) is not positive)"
    }
    // potrf leaves the other triangle as it found it.
    let p = a.pointer(T.self)
    for i in 0..<size { for j in (i + 1)..<size { p[i * size + j] = 0 } }
    return a
  }

  /// gesv on column-major copies of A and B; B is overwritten with X.
  private static func solve<T>(_ a: Tensor, _ b: Tensor, _ lapack: LAPACK<T>) throws {
    let size = Int32(a.shape[0])
    var (n, lda, ldb, info) = (size, Swift.max(size, 1), Swift.max(size, 1), Int32(0))
    var nrhs = Int32(b.rank == 1 ? 1 : b.shape[0])
    var pivots = [Int32](repeating: 0, count: a.shape[0])
    lapack.gesv(&n, &nrhs, a.pointer(T.self), &lda, &pivots, b.pointer(T.self), &ldb, &info)
    try check(info, "solve") { "the matrix A is singular (pivot \($0) of its LU factorization is zero)" }
  }

  /// getrf and getri on a contiguous copy of A, which is overwritten with its inverse.
  private static func invert<T>(_ a: Tensor, _ lapack: LAPACK<T>) throws {
    let size = Int32(a.shape[0])
    var (m, n, lda, info) = (size, size, Swift.max(size, 1), Int32(0))
    var pivots = [Int32](repeating: 0, count: a.shape[0])
    lapack.getrf(&m, &n, a.pointer(T.self), &lda, &pivots, &info)
    try check(info, "inverse") { "the matrix is singular (pivot \($0) of its LU factorization is zero)" }
    var (lwork, workSize) = (Int32(-1), T.zero)
    lapack.getri(&n, a.pointer(T.self), &lda, &pivots, &workSize, &lwork, &info)
    lwork = Swift.max(Int32(workSize), 1)
    var work = [T](repeating: 0, count: Int(lwork))
    lapack.getri(&n, a.pointer(T.self), &lda, &pivots, &work, &lwork, &info)
    try check(info, "inverse") { "the matrix is singular (pivot \($0) of its LU factorization is zero)" }
  }

  /// gesdd (divide and conquer) on a contiguous copy of the m×n matrix A.
  ///
  /// LAPACK sees Aᵀ = U′·S·V′ᵀ, so A = V′·S·U′ᵀ. Its U′, column-major, reads row-major as U′ᵀ,
  /// which is A's Vh; its V′ᵀ reads as V′, which is A's U. Both come out without copying.
  private static func svd<T>(
    _ a: Tensor, _ full: Bool, _ lapack: LAPACK<T>
  ) throws -> (U: Tensor, S: Tensor, Vh: Tensor) {
    let (rows, columns) = (a.shape[0], a.shape[1])
    let k = Swift.min(rows, columns)
    let (uColumns, vhRows) = full ? (rows, columns) : (k, k)
    let s = Tensor(empty: [k], dtype: a.dtype)
    let vh = Tensor(empty: [vhRows, columns], dtype: a.dtype)
    let u = Tensor(empty: [rows, uColumns], dtype: a.dtype)
    var (m, n, lda, info) = (Int32(columns), Int32(rows), Int32(Swift.max(columns, 1)), Int32(0))
    var (ldu, ldvt) = (Int32(Swift.max(columns, 1)), Int32(Swift.max(uColumns, 1)))
    var (lwork, workSize) = (Int32(-1), T.zero)
    var iwork = [Int32](repeating: 0, count: Swift.max(8 * k, 1))
    func run(_ work: UnsafeMutablePointer<T>) {
      lapack.gesdd(
        full ? "A" : "S", &m, &n, a.pointer(T.self), &lda, s.pointer(T.self), vh.pointer(T.self), &ldu,
        u.pointer(T.self), &ldvt, work, &lwork, &iwork, &info, 1)
    }
    run(&workSize)
    lwork = Swift.max(Int32(workSize), 1)
    var work = [T](repeating: 0, count: Int(lwork))
    run(&work)
    try check(info, "svd") { _ in "the algorithm failed to converge" }
    return (u, s, vh)
  }

  /// Throws for a nonzero LAPACK `info`: a positive one is the matrix's fault and is described
  /// by `failure`; a negative one names an argument this file passed wrongly.
  private static func check(_ info: Int32, _ operation: String, _ failure: (Int) -> String) throws {
    if info > 0 { throw TensorError("\(operation): \(failure(Int(info)))") }
    if info < 0 { throw TensorError("\(operation): LAPACK rejected argument \(-info) (a bug in Folio)") }
  }
}

private typealias Flag = UnsafePointer<CChar>?
private typealias Size = UnsafePointer<Int32>?
private typealias Buffer<T> = UnsafeMutablePointer<T>?

/// The LAPACK routines of one precision, so each decomposition is written once for both.
private struct LAPACK<T: FloatElement> {
  let syevd:
    (Flag, Flag, Size, Buffer<T>, Size, Buffer<T>, Buffer<T>, Size, Buffer<Int32>, Size, Buffer<Int32>, Int, Int) -> Void
  let potrf: (Flag, Size, Buffer<T>, Size, Buffer<Int32>, Int) -> Void
  let gesv: (Size, Size, Buffer<T>, Size, Buffer<Int32>, Buffer<T>, Size, Buffer<Int32>) -> Void
  let getrf: (Size, Size, Buffer<T>, Size, Buffer<Int32>, Buffer<Int32>) -> Void
  let getri: (Size, Buffer<T>, Size, Size, Buffer<T>, Size, Buffer<Int32>) -> Void
  let gesdd: (
    Flag, Size, Size, Buffer<T>, Size, Buffer<T>, Buffer<T>, Size, Buffer<T>, Size, Buffer<T>, Size, Buffer<Int32>,
    Buffer<Int32>, Int
  ) -> Void
}

private let singleLAPACK = LAPACK<Float>(
  syevd: ssyevd_, potrf: spotrf_, gesv: sgesv_, getrf: sgetrf_, getri: sgetri_, gesdd: sgesdd_)
private let doubleLAPACK = LAPACK<Double>(
  syevd: dsyevd_, potrf: dpotrf_, gesv: dgesv_, getrf: dgetrf_, getri: dgetri_, gesdd: dgesdd_)
