import FolioPlot
import XCTest

/// Expected values follow numpy.histogram's rules: equal bins from the minimum to the maximum,
/// each bin closed on the left and the last also on the right.
final class HistogramTests: XCTestCase {
  func testEqualBinsSpanTheDataAndTheLastBinIncludesTheMaximum() throws {
    let histogram = try Histogram([1, 2, 2, 3, 3, 3, 10], bins: 3)
    XCTAssertEqual(histogram.edges, [1, 4, 7, 10])
    XCTAssertEqual(histogram.counts, [6, 0, 1])
  }

  func testAValueOnAnInnerEdgeCountsInTheBinToItsRight() throws {
    let histogram = try Histogram([0, 1, 2, 3, 4], bins: 4)
    XCTAssertEqual(histogram.edges, [0, 1, 2, 3, 4])
    XCTAssertEqual(histogram.counts, [1, 1, 1, 2])
  }

  func testEdgesRoundedAwayFromTheValuesStillBinEachValueOnce() throws {
    // 0.1 ... 1.0 in ten bins: every value sits on an edge computed with rounding error,
    // and numpy's edge correction puts exactly one in each bin.
    let values = (1...10).map { Double($0) / 10 }
    let histogram = try Histogram(values, bins: 10)
    XCTAssertEqual(histogram.counts, Array(repeating: 1, count: 10))
    XCTAssertEqual(histogram.edges.first, 0.1)
    XCTAssertEqual(histogram.edges.last, 1.0)
  }

  func testIdenticalValuesAreBinnedAcrossPlusOrMinusAHalf() throws {
    let histogram = try Histogram([5, 5, 5], bins: 4)
    XCTAssertEqual(histogram.edges, [4.5, 4.75, 5, 5.25, 5.5])
    XCTAssertEqual(histogram.counts, [0, 0, 3, 0])
  }

  func testAnExplicitRangeLeavesOutValuesBeyondIt() throws {
    let histogram = try Histogram([-5, 0, 0.5, 1, 9], bins: 2, range: 0...1)
    XCTAssertEqual(histogram.edges, [0, 0.5, 1])
    XCTAssertEqual(histogram.counts, [1, 2])
  }

  func testExplicitEdgesMayBeUneven() throws {
    let histogram = try Histogram([1, 2, 3, 4], edges: [0, 2, 3, 4])
    XCTAssertEqual(histogram.counts, [1, 1, 2])
  }

  func testDensityDividesByTheTotalAndTheBinWidth() throws {
    // Counts [3, 1] over bins 1.5 wide out of 4 values: 3 / (4 × 1.5) and 1 / (4 × 1.5).
    let histogram = try Histogram([1, 2, 2, 4], bins: 2, density: true)
    XCTAssertEqual(histogram.edges, [1, 2.5, 4])
    XCTAssertEqual(histogram.counts[0], 0.5, accuracy: 1e-12)
    XCTAssertEqual(histogram.counts[1], 1.0 / 6, accuracy: 1e-12)
  }

  func testHistReturnsTheHistogramItDraws() throws {
    let axes = Figure().addAxes()
    let histogram = try axes.hist([1, 2, 2, 3], bins: 2)
    XCTAssertEqual(histogram.counts, [1, 3])
  }
}
