import FolioTensor
import XCTest

final class TensorTests: XCTestCase {
  func testTheSameSeedGivesTheSameRandomTensor() throws {
    setSeed(7)
    let a = try Tensor.randn([3, 4])
    setSeed(7)
    let b = try Tensor.randn([3, 4])
    XCTAssertEqual(try a.elements(Float.self), try b.elements(Float.self))
    setSeed(8)
    XCTAssertNotEqual(try Tensor.randn([3, 4]).elements(Float.self), try a.elements(Float.self))
  }

  func testRandnSamplesHaveMeanZeroAndVarianceOne() throws {
    let samples = try Tensor.randn([100_000], generator: Generator(seed: 1)).toArray()
    let mean = samples.reduce(0, +) / Double(samples.count)
    let variance = samples.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(samples.count)
    XCTAssertEqual(mean, 0, accuracy: 0.01)
    XCTAssertEqual(variance, 1, accuracy: 0.02)
  }

  func testMatmulAgreesWithTheTextbookTripleLoop() throws {
    setSeed(3)
    let a = try Tensor.randn([5, 7])
    let b = try Tensor.randn([7, 4])
    let c = try a.matmul(b)
    XCTAssertEqual(c.shape, [5, 4])
    let (x, y, z) = (try a.elements(Float.self), try b.elements(Float.self), try c.elements(Float.self))
    for i in 0..<5 {
      for j in 0..<4 {
        var expected: Float = 0
        for k in 0..<7 { expected += x[i * 7 + k] * y[k * 4 + j] }
        XCTAssertEqual(z[i * 4 + j], expected, accuracy: 1e-5)
      }
    }
  }

  func testMatmulOfMismatchedShapesNamesBothShapes() throws {
    let a = try Tensor.zeros([2, 3])
    let b = try Tensor.zeros([4, 5])
    XCTAssertThrowsError(try a.matmul(b)) { error in
      XCTAssertEqual(
        (error as? TensorError)?.message, "matmul: shapes [2, 3] and [4, 5] cannot be multiplied (3 != 4)")
    }
    XCTAssertThrowsError(try a.matmul(try Tensor.zeros([4]))) { error in
      XCTAssertEqual(
        (error as? TensorError)?.message, "matmul: shapes [2, 3] and [4] cannot be multiplied (3 != 4)")
    }
  }

  func testElementwiseOperatorsBroadcastLikeNumPy() throws {
    let column = try Tensor(shape: [2, 1], elements: [1, 2])
    let row = try Tensor(shape: [3], elements: [10, 20, 30])
    XCTAssertEqual(try (column + row).shape, [2, 3])
    XCTAssertEqual(try (column + row).elements(Float.self), [11, 21, 31, 12, 22, 32])
    XCTAssertEqual(try (row - column).elements(Float.self), [9, 19, 29, 8, 18, 28])
    XCTAssertEqual(try (column * row).elements(Float.self), [10, 20, 30, 20, 40, 60])
  }

  func testIncompatibleShapesAreAnErrorNotACrash() throws {
    let a = try Tensor.zeros([2, 3])
    let b = try Tensor.zeros([4])
    XCTAssertThrowsError(try a + b) { error in
      XCTAssertEqual((error as? TensorError)?.message, "add: shapes [2, 3] and [4] are not compatible")
    }
  }

  func testScalarsWorkOnEitherSide() throws {
    let t = try Tensor(shape: [2], elements: [1, 2])
    XCTAssertEqual(try (t * 2).elements(Float.self), [2, 4])
    XCTAssertEqual(try (1 - t).elements(Float.self), [0, -1])
    XCTAssertEqual(try (-t).elements(Float.self), [-1, -2])
  }

  func testInPlaceSubtractionChangesTheTensorForEveryName() throws {
    let w = try Tensor(shape: [2, 2], elements: [1, 2, 3, 4])
    let alias = w
    try w -= try Tensor(shape: [2], elements: [1, 1])
    XCTAssertEqual(try alias.elements(Float.self), [0, 1, 2, 3])
    XCTAssertThrowsError(try w += try Tensor.zeros([3, 2, 2]))
  }

  func testSumAndItem() throws {
    let t = try Tensor(shape: [2, 2], elements: [1, 2, 3, 4.5])
    XCTAssertEqual(try t.sum().item(), 10.5)
    XCTAssertThrowsError(try t.item()) { error in
      XCTAssertEqual(
        (error as? TensorError)?.message, "item(): a tensor with 4 elements cannot be converted to a scalar")
    }
  }

  func testNegativeOrMismatchedShapesAreRejected() {
    XCTAssertThrowsError(try Tensor(shape: [2, -1], elements: []))
    XCTAssertThrowsError(try Tensor(shape: [2, 2], elements: [1, 2, 3]))
    XCTAssertThrowsError(try Tensor.randn([-3]))
  }

  func testTensorsPrintLikePyTorch() throws {
    XCTAssertEqual(Tensor(1.5).description, "tensor(1.5000)")
    XCTAssertEqual(try Tensor(shape: [3], elements: [1, 2, 3]).description, "tensor([1., 2., 3.])")
    XCTAssertEqual(
      try Tensor(shape: [2, 2], elements: [0.5, -1.25, 2, 3]).description,
      "tensor([[ 0.5000, -1.2500],\n        [ 2.0000,  3.0000]])")
    XCTAssertEqual(
      try Tensor(shape: [2], elements: [1e-5, 1]).description, "tensor([1.0000e-05, 1.0000e+00])")
  }

  func testLargeTensorsAreSummarisedWithTheFormatOfWhatIsShown() throws {
    // 1999 / 1 > 1000, so PyTorch switches to scientific notation here.
    let t = try Tensor(shape: [2000], elements: (0..<2000).map(Float.init))
    XCTAssertEqual(
      t.description,
      "tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.9970e+03, 1.9980e+03,\n        1.9990e+03])")
    let grid = try Tensor(shape: [40, 40], elements: (0..<1600).map { Float($0 % 7) })
    XCTAssertEqual(
      grid.description,
      """
      tensor([[0., 1., 2.,  ..., 2., 3., 4.],
              [5., 6., 0.,  ..., 0., 1., 2.],
              [3., 4., 5.,  ..., 5., 6., 0.],
              ...,
              [3., 4., 5.,  ..., 5., 6., 0.],
              [1., 2., 3.,  ..., 3., 4., 5.],
              [6., 0., 1.,  ..., 1., 2., 3.]])
      """)
  }

  func testLongRowsWrapAtEightyColumns() throws {
    let t = try Tensor(shape: [12], elements: (0..<12).map { Float($0) + 0.5 })
    XCTAssertEqual(
      t.description,
      """
      tensor([ 0.5000,  1.5000,  2.5000,  3.5000,  4.5000,  5.5000,  6.5000,  7.5000,
               8.5000,  9.5000, 10.5000, 11.5000])
      """)
  }

  func testZerosPrintAsWholeNumbers() throws {
    XCTAssertEqual(try Tensor.zeros([3]).description, "tensor([0., 0., 0.])")
  }
}
