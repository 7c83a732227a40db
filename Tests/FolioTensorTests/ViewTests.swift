import FolioTensor
import XCTest

final class ViewTests: XCTestCase {
  private func grid() throws -> Tensor { try Tensor.arange(12).reshape([3, 4]).float() }

  func testReshapeTransposeAndSlicesShareStorageWithTheirBase() throws {
    let t = try grid()
    for view in [try t.reshape([4, 3]), t.T, try t.slice(dim: 1, start: 1, step: 2), try t.expand([2, 3, 4]),
                 try t.unsqueeze(0), try t.select(dim: 0, index: 1), try t.permute([1, 0])] {
      XCTAssertTrue(view.sharesStorage(with: t))
    }
    try t.T.indexPut([.at(1), .at(0)], 100)
    XCTAssertEqual(try t.index([.at(0), .at(1)]).item(), 100)
  }

  func testATransposedViewIsNotContiguousAndReshapeCopiesIt() throws {
    let t = try grid()
    XCTAssertFalse(t.T.isContiguous)
    XCTAssertThrowsError(try t.T.view([12])) { error in
      XCTAssertTrue("\(error)".contains("use reshape"))
    }
    let flat = try t.T.reshape([12])
    XCTAssertFalse(flat.sharesStorage(with: t))
    XCTAssertEqual(flat.toArray(), [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11])
  }

  func testSlicesFollowPythonBoundsAndSteps() throws {
    let t = try Tensor.arange(10)
    XCTAssertEqual(try t.slice(dim: 0, start: -3).toArray(), [7, 8, 9])
    XCTAssertEqual(try t.slice(dim: 0, start: 1, end: 8, step: 3).toArray(), [1, 4, 7])
    XCTAssertEqual(try t.slice(dim: 0, start: 20).shape, [0])
  }

  func testViewInfersOneDimensionAndRejectsBadShapes() throws {
    let t = try grid()
    XCTAssertEqual(try t.view([2, -1]).shape, [2, 6])
    XCTAssertThrowsError(try t.view([5, -1])) { error in
      XCTAssertEqual("\(error)", "view: shape [5, -1] is invalid for a tensor of 12 elements")
    }
    XCTAssertThrowsError(try t.reshape([-1, -1]))
  }

  func testExpandRepeatsOnlySizeOneDimensions() throws {
    let column = try Tensor(shape: [2, 1], elements: [1, 2])
    XCTAssertEqual(try column.expand([2, 3]).toArray(), [1, 1, 1, 2, 2, 2])
    XCTAssertThrowsError(try column.expand([3, 3])) { error in
      XCTAssertEqual("\(error)", "expand: cannot expand shape [2, 1] to [3, 3] (dimension 0 has size 2, not 1)")
    }
  }

  func testSqueezeUnsqueezeAndFlatten() throws {
    let t = try Tensor.zeros([2, 1, 3, 1])
    XCTAssertEqual(t.squeeze().shape, [2, 3])
    XCTAssertEqual(try t.squeeze(1).shape, [2, 3, 1])
    XCTAssertEqual(try t.unsqueeze(-1).shape, [2, 1, 3, 1, 1])
    XCTAssertEqual(try t.flatten(startDim: 1).shape, [2, 3])
    XCTAssertThrowsError(try t.squeeze(4)) { error in
      XCTAssertEqual("\(error)", "squeeze: dimension 4 is out of range for a tensor of 4 dimensions (expected -4 to 3)")
    }
  }

  func testElementwiseOperationsReadViewsThroughTheirStrides() throws {
    let t = try grid()
    XCTAssertEqual((t.T + 0).toArray(), [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11])
    XCTAssertEqual(try (t.T * t.T).sum().item(), 506)
    XCTAssertEqual(try t.slice(dim: 1, step: 2).exp().log().toArray().map { $0.rounded() }, [0, 2, 4, 6, 8, 10])
  }

  func testInPlaceUpdateThroughAViewChangesTheBase() throws {
    let t = try grid()
    try t.select(dim: 1, index: 0) -= 100
    XCTAssertEqual(try t.index([.all, .at(0)]).toArray(), [-100, -96, -92])
    let u = try grid()
    try u += u.T.T
    XCTAssertEqual(try u.index([.at(2)]).toArray(), [16, 18, 20, 22])
  }
}
