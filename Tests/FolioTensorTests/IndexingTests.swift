import FolioTensor
import XCTest

final class IndexingTests: XCTestCase {
  private func grid() throws -> Tensor { try Tensor.arange(12).reshape([3, 4]).float() }

  func testIntegersAndRangesGiveViews() throws {
    let t = try grid()
    XCTAssertEqual(try t.index([.at(-1)]).toArray(), [8, 9, 10, 11])
    XCTAssertEqual(try t.index([.range(nil, nil, step: 1), .at(1)]).toArray(), [1, 5, 9])
    XCTAssertEqual(try t.index([.range(1, 3), .range(2, nil)]).toArray(), [6, 7, 10, 11])
    XCTAssertEqual(try t.index([.ellipsis, .at(0)]).toArray(), [0, 4, 8])
    XCTAssertEqual(try t.index([.newAxis, .at(0)]).shape, [1, 4])
  }

  func testBadIndicesNameTheIndexAndDimension() throws {
    let t = try grid()
    XCTAssertThrowsError(try t.index([.at(0), .at(4)])) { error in
      XCTAssertEqual("\(error)", "index 4 is out of bounds for dimension 1 with size 4")
    }
    XCTAssertThrowsError(try t.index([.at(0), .at(0), .at(0)])) { error in
      XCTAssertEqual("\(error)", "too many indices for a tensor of 2 dimensions: 3 were given")
    }
    XCTAssertThrowsError(try t.index([.tensor(try Tensor.arange(5, 6))])) { error in
      XCTAssertEqual("\(error)", "index 5 is out of bounds for dimension 0 with size 3")
    }
    XCTAssertThrowsError(try t.index([.tensor(try Tensor.zeros([2]))])) { error in
      XCTAssertEqual("\(error)", "tensors used as indices must be int64 or bool, got float32")
    }
  }

  func testAMaskSelectsAndAssignsLikeNumPy() throws {
    let t = try grid()
    let mask = t > 8.5
    XCTAssertEqual(try t.index([.tensor(mask)]).toArray(), [9, 10, 11])
    let grad = try grid() - 5
    try grad.indexPut([.tensor(grad < 0)], 0)
    XCTAssertEqual(grad.toArray(), [0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6])
    XCTAssertThrowsError(try t.index([.tensor(try Tensor.ones([2], dtype: .bool))])) { error in
      XCTAssertEqual("\(error)", "the mask of shape [2] does not match the indexed shape [3] at dimension 0")
    }
  }

  func testIntegerTensorsGatherRowsAndPickLabels() throws {
    let t = try grid()
    let rows = try t.index([.tensor(try Tensor(shape: [2], values: [Int64(2), 0]))])
    XCTAssertEqual(rows.shape, [2, 4])
    XCTAssertEqual(rows.toArray(), [8, 9, 10, 11, 0, 1, 2, 3])
    let labels = try Tensor(shape: [3], values: [Int64(3), 0, -1])
    XCTAssertEqual(try t.index([.tensor(try Tensor.arange(3)), .tensor(labels)]).toArray(), [3, 4, 11])
    XCTAssertEqual(try t.index([.all, .tensor(labels)]).shape, [3, 3])
  }

  func testAdvancedIndicesAfterABasicOneStayInPlace() throws {
    let t = try Tensor.arange(24).reshape([2, 3, 4])
    let picked = try t.index([.all, .tensor(try Tensor(shape: [2], values: [Int64(0), 2]))])
    XCTAssertEqual(picked.shape, [2, 2, 4])
    XCTAssertEqual(try picked.index([.at(1), .at(1)]).toArray(), [20, 21, 22, 23])
  }

  func testAssigningThroughIntegerIndicesWritesTheBase() throws {
    let t = try grid()
    try t.indexPut([.tensor(try Tensor(shape: [1], values: [Int64(1)]))], try Tensor(shape: [4], elements: [1, 2, 3, 4]))
    XCTAssertEqual(try t.index([.at(1)]).toArray(), [1, 2, 3, 4])
    try t.indexPut([.at(0), .range(nil, 2)], 7)
    XCTAssertEqual(try t.index([.at(0)]).toArray(), [7, 7, 2, 3])
  }

  func testCatStackSplitAndChunk() throws {
    let a = try Tensor.ones([2, 2])
    let b = try Tensor.zeros([1, 2])
    XCTAssertEqual(try Tensor.cat([a, b]).toArray(), [1, 1, 1, 1, 0, 0])
    XCTAssertEqual(try Tensor.stack([a, a], dim: 1).shape, [2, 2, 2])
    XCTAssertThrowsError(try Tensor.cat([a, b], dim: 1)) { error in
      XCTAssertEqual("\(error)", "cat: tensor 1 has shape [1, 2], which does not match [2, 2] except in dimension 1")
    }
    let pieces = try Tensor.arange(7).split(3)
    XCTAssertEqual(pieces.map(\.shape), [[3], [3], [1]])
    XCTAssertEqual(try Tensor.arange(6).chunk(4).map(\.shape), [[2], [2], [2]])
  }

  func testGatherAndScatterAlongADimension() throws {
    let t = try grid()
    let index = try Tensor(shape: [3, 1], values: [Int64(0), 3, 1])
    XCTAssertEqual(try t.gather(dim: 1, index: index).toArray(), [0, 7, 9])
    let zeros = try Tensor.zeros([3, 4])
    let scattered = try zeros.scatter(dim: 1, index: index, source: try Tensor.ones([3, 1]))
    XCTAssertEqual(try scattered.sum(dims: [1]).toArray(), [1, 1, 1])
    XCTAssertEqual(try scattered.index([.at(1), .at(3)]).item(), 1)
    let added = try zeros.scatter(
      dim: 0, index: try Tensor(shape: [2, 1], values: [Int64(0), 0]), source: try Tensor.ones([2, 1]), accumulate: true)
    XCTAssertEqual(try added.index([.at(0), .at(0)]).item(), 2)
  }

  func testNonzeroListsPositions() throws {
    let mask = try Tensor(shape: [2, 2], values: [true, false, false, true])
    XCTAssertEqual(mask.nonzero().toArray(), [0, 0, 1, 1])
  }
}
