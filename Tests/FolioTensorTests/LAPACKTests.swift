import CBLAS
import XCTest

/// The LAPACK routines the shim declares by hand link against Debian's OpenBLAS and compute
/// correct results, hidden Fortran string lengths included.
final class LAPACKTests: XCTestCase {
  // A = [[4, 1], [1, 3]] is symmetric positive definite; LAPACK reads it column-major, which
  // for a symmetric matrix is the same array.
  private let a: [Double] = [4, 1, 1, 3]

  func testGesvSolvesALinearSystem() {
    var matrix = a
    var b: [Double] = [1, 2]
    var (n, nrhs, lda, ldb, info): (Int32, Int32, Int32, Int32, Int32) = (2, 1, 2, 2, 0)
    var pivots = [Int32](repeating: 0, count: 2)
    dgesv_(&n, &nrhs, &matrix, &lda, &pivots, &b, &ldb, &info)
    XCTAssertEqual(info, 0)
    // x = A⁻¹ b = [1/11, 7/11]
    XCTAssertEqual(b[0], 1.0 / 11, accuracy: 1e-12)
    XCTAssertEqual(b[1], 7.0 / 11, accuracy: 1e-12)
  }

  func testPotrfAndPotrsSolveWithACholeskyFactor() {
    var matrix = a.map { Float($0) }
    var b: [Float] = [1, 2]
    var (n, nrhs, lda, ldb, info): (Int32, Int32, Int32, Int32, Int32) = (2, 1, 2, 2, 0)
    spotrf_("L", &n, &matrix, &lda, &info, 1)
    XCTAssertEqual(info, 0)
    XCTAssertEqual(matrix[0], 2, accuracy: 1e-6)  // L₀₀ = √4
    spotrs_("L", &n, &nrhs, &matrix, &lda, &b, &ldb, &info, 1)
    XCTAssertEqual(info, 0)
    XCTAssertEqual(b[0], 1.0 / 11, accuracy: 1e-6)
    XCTAssertEqual(b[1], 7.0 / 11, accuracy: 1e-6)
  }

  func testGetrfAndGetriInvertAMatrix() {
    var matrix = a
    var (n, lda, lwork, info): (Int32, Int32, Int32, Int32) = (2, 2, 8, 0)
    var pivots = [Int32](repeating: 0, count: 2)
    var work = [Double](repeating: 0, count: 8)
    dgetrf_(&n, &n, &matrix, &lda, &pivots, &info)
    XCTAssertEqual(info, 0)
    dgetri_(&n, &matrix, &lda, &pivots, &work, &lwork, &info)
    XCTAssertEqual(info, 0)
    let expected = [3.0 / 11, -1.0 / 11, -1.0 / 11, 4.0 / 11]
    for (value, want) in zip(matrix, expected) { XCTAssertEqual(value, want, accuracy: 1e-12) }
  }

  func testSyevdFindsEigenvaluesInAscendingOrder() {
    var matrix = a.map { Float($0) }
    var values = [Float](repeating: 0, count: 2)
    var (n, lda, info): (Int32, Int32, Int32) = (2, 2, 0)
    var lwork: Int32 = -1
    var liwork: Int32 = -1
    var workSize: Float = 0
    var iworkSize: Int32 = 0
    ssyevd_("V", "U", &n, &matrix, &lda, &values, &workSize, &lwork, &iworkSize, &liwork, &info, 1, 1)
    XCTAssertEqual(info, 0)
    lwork = Int32(workSize)
    liwork = iworkSize
    var work = [Float](repeating: 0, count: Int(lwork))
    var iwork = [Int32](repeating: 0, count: Int(liwork))
    ssyevd_("V", "U", &n, &matrix, &lda, &values, &work, &lwork, &iwork, &liwork, &info, 1, 1)
    XCTAssertEqual(info, 0)
    // Eigenvalues of [[4, 1], [1, 3]]: (7 ∓ √5) / 2.
    XCTAssertEqual(values[0], Float((7 - 5.0.squareRoot()) / 2), accuracy: 1e-5)
    XCTAssertEqual(values[1], Float((7 + 5.0.squareRoot()) / 2), accuracy: 1e-5)
  }

  func testGesvdAndGesddAgreeOnSingularValues() {
    var (m, n, lda, ldu, ldvt, info): (Int32, Int32, Int32, Int32, Int32, Int32) = (2, 2, 2, 2, 2, 0)
    var lwork: Int32 = 64
    var first = a
    var second = a
    var s1 = [Double](repeating: 0, count: 2)
    var s2 = [Double](repeating: 0, count: 2)
    var u = [Double](repeating: 0, count: 4)
    var vt = [Double](repeating: 0, count: 4)
    var work = [Double](repeating: 0, count: 64)
    var iwork = [Int32](repeating: 0, count: 16)
    dgesvd_("A", "A", &m, &n, &first, &lda, &s1, &u, &ldu, &vt, &ldvt, &work, &lwork, &info, 1, 1)
    XCTAssertEqual(info, 0)
    dgesdd_("A", &m, &n, &second, &lda, &s2, &u, &ldu, &vt, &ldvt, &work, &lwork, &iwork, &info, 1)
    XCTAssertEqual(info, 0)
    // For a symmetric positive definite matrix the singular values are its eigenvalues.
    XCTAssertEqual(s1[0], (7 + 5.0.squareRoot()) / 2, accuracy: 1e-12)
    XCTAssertEqual(s1[1], (7 - 5.0.squareRoot()) / 2, accuracy: 1e-12)
    XCTAssertEqual(s2[0], s1[0], accuracy: 1e-12)
    XCTAssertEqual(s2[1], s1[1], accuracy: 1e-12)
  }
}
