import FolioTensor
import XCTest

/// eigh, cholesky, solve, inverse and svd, each checked by the identity that defines it, in
/// float32 and float64, on matrices that are not all contiguous.
final class DecompositionTests: XCTestCase {
  private let dtypes: [DType] = [.float32, .float64]

  func testEighSatisfiesAVEqualsVLambdaWithAscendingEigenvalues() throws {
    for dtype in dtypes {
      let a = try symmetric(5, dtype)
      let (values, vectors) = try a.eigh()
      XCTAssertEqual(values.shape, [5])
      XCTAssertEqual(vectors.shape, [5, 5])
      XCTAssertEqual(values.dtype, dtype)
      // V·diag(λ) scales column k of V by λₖ.
      try assertClose(a.matmul(vectors), vectors * values, dtype)
      try assertClose(vectors.T.matmul(vectors), Tensor.eye(5, dtype: dtype), dtype)
      let lambdas = values.toArray()
      XCTAssertEqual(lambdas, lambdas.sorted(), "\(dtype)")
    }
  }

  func testEighReadsOnlyTheLowerTriangleAsPyTorchDoes() throws {
    let a = try symmetric(4, .float64)
    let garbled = a.clone()
    let upper = try Tensor(shape: [4, 4], values: (0..<16).map { $0 % 4 > $0 / 4 ? 100.0 : 0 })
    try garbled += upper
    XCTAssertEqual(try garbled.eigh().eigenvalues.toArray(), try a.eigh().eigenvalues.toArray())
  }

  func testCholeskyGivesALowerTriangularLWithLTimesLTransposeEqualToA() throws {
    for dtype in dtypes {
      let x = try Tensor.randn([4, 4], dtype: dtype, generator: Generator(seed: 1))
      let a = try x.matmul(x.T) + Tensor.eye(4, dtype: dtype)
      let l = try a.cholesky()
      try assertClose(l.matmul(l.T), a, dtype)
      let entries = l.toArray()
      for i in 0..<4 { for j in (i + 1)..<4 { XCTAssertEqual(entries[i * 4 + j], 0, "\(dtype) L[\(i), \(j)]") } }
      XCTAssertTrue((0..<4).allSatisfy { entries[$0 * 5] > 0 })
    }
  }

  func testSolveSatisfiesAXEqualsBForAVectorAndAMatrixOfRightHandSides() throws {
    for dtype in dtypes {
      let generator = Generator(seed: 2)
      // A transposed view, so the solver must cope with a non-contiguous A.
      let a = try (Tensor.randn([4, 4], dtype: dtype, generator: generator) + Tensor.eye(4, dtype: dtype) * 4).T
      let b = try Tensor.randn([4], dtype: dtype, generator: generator)
      let x = try Tensor.solve(a, b)
      XCTAssertEqual(x.shape, [4])
      try assertClose(a.matmul(x), b, dtype)
      let bs = try Tensor.randn([4, 3], dtype: dtype, generator: generator)
      let xs = try Tensor.solve(a, bs)
      XCTAssertEqual(xs.shape, [4, 3])
      try assertClose(a.matmul(xs), bs, dtype)
    }
  }

  func testInverseTimesTheMatrixIsTheIdentity() throws {
    for dtype in dtypes {
      let x = try Tensor.randn([5, 5], dtype: dtype, generator: Generator(seed: 3)) + Tensor.eye(5, dtype: dtype) * 5
      for a in [x, x.T] {
        let inverse = try a.inverse()
        try assertClose(a.matmul(inverse), Tensor.eye(5, dtype: dtype), dtype)
        try assertClose(inverse.matmul(a), Tensor.eye(5, dtype: dtype), dtype)
      }
    }
  }

  func testSVDReconstructsTheMatrixWithDescendingSingularValues() throws {
    for dtype in dtypes {
      for shape in [[5, 3], [3, 5], [4, 4]] {
        let a = try Tensor.randn(shape, dtype: dtype, generator: Generator(seed: 4))
        let (m, n, k) = (shape[0], shape[1], shape.min()!)
        let (u, s, vh) = try a.svd()
        XCTAssertEqual([u.shape, s.shape, vh.shape], [[m, k], [k], [k, n]])
        try assertClose((u * s).matmul(vh), a, dtype)
        let values = s.toArray()
        XCTAssertEqual(values, values.sorted(by: >), "\(dtype) \(shape)")

        let (fullU, fullS, fullVh) = try a.svd(fullMatrices: true)
        XCTAssertEqual([fullU.shape, fullVh.shape], [[m, m], [n, n]])
        try assertClose(fullU.T.matmul(fullU), Tensor.eye(m, dtype: dtype), dtype)
        try assertClose(fullVh.matmul(fullVh.T), Tensor.eye(n, dtype: dtype), dtype)
        let reduced = try fullU.narrow(dim: 1, start: 0, length: k) * fullS
        try assertClose(reduced.matmul(fullVh.narrow(dim: 0, start: 0, length: k)), a, dtype)
      }
    }
  }

  func testDecompositionsLeaveTheirInputUnchanged() throws {
    let a = try symmetric(3, .float64) + Tensor.eye(3, dtype: .float64) * 10
    // a.T is a view of the same memory that is itself contiguous, the case where a careless
    // copy would hand LAPACK the caller's storage.
    for matrix in [a, a.T] {
      let before = matrix.toArray()
      _ = try matrix.eigh()
      _ = try matrix.cholesky()
      _ = try matrix.inverse()
      _ = try matrix.svd()
      let b = try Tensor.ones([3], dtype: .float64)
      _ = try Tensor.solve(matrix, b)
      XCTAssertEqual(matrix.toArray(), before)
      XCTAssertEqual(b.toArray(), [1, 1, 1])
    }
  }

  func testFailedFactorisationsExplainWhy() throws {
    let indefinite = try Tensor(shape: [2, 2], elements: [1, 2, 2, 1])
    assertThrows(
      try indefinite.cholesky(),
      "cholesky: the matrix is not positive definite (leading minor of order 2 is not positive)")
    let singular = try Tensor(shape: [2, 2], values: [1.0, 2, 2, 4])
    assertThrows(
      try Tensor.solve(singular, Tensor.ones([2], dtype: .float64)),
      "solve: the matrix A is singular (pivot 2 of its LU factorization is zero)")
    assertThrows(try singular.inverse(), "inverse: the matrix is singular (pivot 2 of its LU factorization is zero)")
  }

  func testDecompositionErrorsNameTheShapeAndDtype() throws {
    let wide = try Tensor.zeros([2, 3])
    assertThrows(try wide.eigh(), "eigh: expected a square matrix, got shape [2, 3]")
    assertThrows(try wide.cholesky(), "cholesky: expected a square matrix, got shape [2, 3]")
    assertThrows(try wide.inverse(), "inverse: expected a square matrix, got shape [2, 3]")
    assertThrows(try Tensor.solve(wide, Tensor.zeros([2])), "solve: expected a square matrix, got shape [2, 3]")
    assertThrows(try Tensor.zeros([2, 2, 2]).svd(), "svd: expected a 2-D matrix, got shape [2, 2, 2]")
    assertThrows(try Tensor.eye(2).to(.int64).inverse(), "inverse: expected a float32 or float64 tensor, got int64")
    assertThrows(try Tensor.eye(2).to(.bool).svd(), "svd: expected a float32 or float64 tensor, got bool")
    assertThrows(
      try Tensor.solve(Tensor.eye(2), Tensor.zeros([3])),
      "solve: A of shape [2, 2] and B of shape [3] do not fit A·X = B (expected B of shape [2] or [2, k])")
    assertThrows(
      try Tensor.solve(Tensor.eye(2), Tensor.zeros([2], dtype: .float64)),
      "solve: expected B of dtype float32, got float64")
  }

  /// A random symmetric matrix, (X + Xᵀ) / 2.
  private func symmetric(_ n: Int, _ dtype: DType) throws -> Tensor {
    let x = try Tensor.randn([n, n], dtype: dtype, generator: Generator(seed: 5))
    return try (x + x.T) / 2
  }

  private func assertClose(
    _ actual: Tensor, _ expected: Tensor, _ dtype: DType, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    XCTAssertEqual(actual.shape, expected.shape, file: file, line: line)
    let tolerance = dtype == .float32 ? 1e-4 : 1e-10
    for (value, want) in zip(actual.toArray(), expected.toArray()) {
      XCTAssertEqual(value, want, accuracy: tolerance, "\(dtype)", file: file, line: line)
    }
  }

  private func assertThrows<T>(
    _ expression: @autoclosure () throws -> T, _ message: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertThrowsError(try expression(), file: file, line: line) { error in
      XCTAssertEqual((error as? TensorError)?.message, message, file: file, line: line)
    }
  }
}
