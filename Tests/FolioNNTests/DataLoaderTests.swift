import FolioData
import FolioTensor
import XCTest

final class DataLoaderTests: XCTestCase {
  private func labels(of loader: DataLoader) throws -> [[Int64]] {
    var epoch = try loader.epoch()
    var seen: [[Int64]] = []
    while let batch = try epoch.next() { seen.append(try batch[1].elements(Int64.self)) }
    return seen
  }

  func testAnOrderedLoaderVisitsEverySampleOnceWithASmallerLastBatch() throws {
    let dataset = try TensorDataset([Tensor.zeros([7, 3]), Tensor.arange(7)])
    let loader = try DataLoader(dataset, batchSize: 3)
    XCTAssertEqual(loader.count, 3)
    XCTAssertEqual(try labels(of: loader), [[0, 1, 2], [3, 4, 5], [6]])
  }

  func testDropLastSkipsTheShortBatch() throws {
    let loader = try DataLoader(try TensorDataset([Tensor.arange(7)]), batchSize: 3, dropLast: true)
    XCTAssertEqual(loader.count, 2)
    var epoch = try loader.epoch()
    var batches = 0
    while try epoch.next() != nil { batches += 1 }
    XCTAssertEqual(batches, 2)
  }

  func testAShuffledLoaderIsAPermutationThatChangesEachEpochAndRepeatsWithTheSeed() throws {
    let dataset = try TensorDataset([Tensor.zeros([10, 2]), Tensor.arange(10)])
    let first = try DataLoader(dataset, batchSize: 4, shuffle: true, generator: Generator(seed: 5))
    let again = try DataLoader(dataset, batchSize: 4, shuffle: true, generator: Generator(seed: 5))
    let epoch1 = try labels(of: first).flatMap { $0 }
    let epoch2 = try labels(of: first).flatMap { $0 }
    XCTAssertEqual(epoch1.sorted(), Array(0..<10))
    XCTAssertNotEqual(epoch1, epoch2)
    XCTAssertEqual(try labels(of: again).flatMap { $0 }, epoch1)
  }

  func testBatchesGatherTheRowsOfEveryField() throws {
    let x = try Tensor.arange(12).reshape([6, 2])
    let batch = try TensorDataset([x, Tensor.arange(6)]).batch(Tensor(shape: [2], values: [Int64(4), 1]))
    XCTAssertEqual(try batch[0].elements(Int64.self), [8, 9, 2, 3])
    XCTAssertEqual(try batch[1].elements(Int64.self), [4, 1])
  }

  func testRowsGatheredWholeMatchTheElementwiseSelectionOfAView() throws {
    let x = try Tensor.arange(24).reshape([4, 6]).T
    let index = try Tensor(shape: [3], values: [Int64(5), -1, 0])
    // The contiguous copy takes the whole-row path, the transposed view the general one.
    XCTAssertEqual(try x.contiguous().indexSelect(dim: 0, index: index).elements(Int64.self), try x.indexSelect(dim: 0, index: index).elements(Int64.self))
    XCTAssertThrowsError(try Tensor.zeros([3, 2]).indexSelect(dim: 0, index: Tensor(shape: [1], values: [Int64(3)]))) { error in
      XCTAssertEqual("\(error)", "index 3 is out of bounds for dimension 0 with size 3")
    }
  }

  func testRandomSplitPartitionsTheSamplesByCountsOrFractions() throws {
    let dataset = try TensorDataset([Tensor.arange(10)])
    let parts = try randomSplit(dataset, [7, 3], generator: Generator(seed: 0))
    let all = try parts.flatMap { try $0.indices.elements(Int64.self) }
    XCTAssertEqual(parts.map(\.count), [7, 3])
    XCTAssertEqual(all.sorted(), Array(0..<10))
    XCTAssertEqual(try randomSplit(dataset, [0.5, 0.25, 0.25]).map(\.count), [6, 2, 2])
    XCTAssertThrowsError(try randomSplit(dataset, [3, 2])) { error in
      XCTAssertEqual("\(error)", "randomSplit: lengths [3.0, 2.0] must be counts adding up to 10 or fractions adding up to 1")
    }
  }

  func testTensorDatasetRefusesTensorsOfDifferentLengths() {
    XCTAssertThrowsError(try TensorDataset([Tensor.zeros([4, 3]), Tensor.zeros([5])])) { error in
      XCTAssertEqual("\(error)", "TensorDataset: every tensor needs the same size in dimension 0, got shapes [[4, 3], [5]]")
    }
  }

  func testToTensorScalesPixelsAndAddsAChannelAndNormalizeCentresThem() throws {
    let pixels = try Tensor(shape: [1, 1, 2], values: [Float(0), 255])
    let scaled = try Transform.toTensor(pixels)
    XCTAssertEqual(scaled.shape, [1, 1, 1, 2])
    XCTAssertEqual(try scaled.elements(Float.self), [0, 1])
    let centred = try Transform.compose([.toTensor, .normalize(mean: [0.5], std: [0.25])])(pixels)
    XCTAssertEqual(try centred.elements(Float.self), [-2, 2])
    XCTAssertThrowsError(try Transform.normalize(mean: [0.5], std: [0]))
  }
}
