import FolioPlot
import XCTest

/// Bad input to the artist methods throws a PlotError that says what was wrong, never traps.
final class PlotInputErrorTests: XCTestCase {
  private let axes = Figure().addAxes()

  func testScatterRejectsMismatchedEmptyOrBadlySizedData() {
    assertThrows(try axes.scatter(x: [1, 2], y: [1]), mentioning: "same length")
    assertThrows(try axes.scatter(x: [], y: []), mentioning: "empty")
    assertThrows(try axes.scatter(x: [1, 2], y: [1, 2], size: [1, 2, 3]), mentioning: "one size")
    assertThrows(try axes.scatter(x: [1], y: [1], size: [.infinity]), mentioning: "finite")
    assertThrows(try axes.scatter(x: [1], y: [1], size: [-4]), mentioning: "0 or more")
    assertThrows(try axes.scatter(x: [1], y: [1], color: Color(red: 1, green: 0, blue: 0), values: [1]), mentioning: "not both")
    assertThrows(try axes.scatter(x: [1, 2], y: [1, 2], values: [1]), mentioning: "one colour value per point")
    assertThrows(try axes.scatter(x: [1], y: [1], alpha: 2), mentioning: "alpha")
  }

  func testAnUnknownMarkerCodeListsTheKnownOnes() {
    assertThrows(try Marker(parsing: "%"), mentioning: "'o'")
  }

  func testBarRejectsMismatchedDataAndBadWidths() {
    assertThrows(try axes.bar(x: [1, 2], heights: [1]), mentioning: "one height per x")
    assertThrows(try axes.bar(x: [], heights: []), mentioning: "empty")
    assertThrows(try axes.bar(x: [1], heights: [1], width: .nan), mentioning: "width")
  }

  func testHistRejectsBadBinsRangesAndData() {
    assertThrows(try axes.hist([1, 2], bins: 0), mentioning: "at least 1 bin")
    assertThrows(try axes.hist([]), mentioning: "empty")
    assertThrows(try axes.hist([1, .nan]), mentioning: "give a range")
    assertThrows(try axes.hist([1, 2], range: 0...Double.infinity), mentioning: "finite")
    assertThrows(try axes.hist([1, 2], edges: [0, 2, 1]), mentioning: "monotonically")
    assertThrows(try axes.hist([1, 2], edges: [0]), mentioning: "two values")
  }

  func testImshowRejectsRaggedOrMisshapenImages() {
    assertThrows(try axes.imshow([[1, 2], [3]]), mentioning: "equal length")
    assertThrows(try axes.imshow([]), mentioning: "empty")
    assertThrows(try axes.imshow(values: [1, 2, 3], rows: 2, columns: 2), mentioning: "needs 4 values")
    assertThrows(try axes.imshow([[1]], extent: AxesImage.Extent(left: 0, right: 0, bottom: 0, top: 1)), mentioning: "left ≠ right")
    assertThrows(try axes.imshow([[1, 2]], vmin: 3, vmax: 1), mentioning: "vmin ≤ vmax")
  }

  func testContoursRejectBadGridsAndLevels() {
    let z: [[Double]] = [[0, 1], [1, 2]]
    assertThrows(try axes.contour(x: [0, 1], y: [0, 1, 2], z: z), mentioning: "one row per y")
    assertThrows(try axes.contour(x: [0, 1, 2], y: [0, 1], z: z), mentioning: "row 0 has 2")
    assertThrows(try axes.contour(x: [0], y: [0], z: [0]), mentioning: "at least 2")
    assertThrows(try axes.contour(x: [0, 1], y: [0, 1], z: z, levels: [1, 0.5]), mentioning: "increasing")
    assertThrows(try axes.contour(x: [0, 1], y: [0, .nan], z: z), mentioning: "finite")
    assertThrows(try axes.contour(x: [0, 1], y: [0, 1], z: [.nan, .nan, .nan, .nan]), mentioning: "no finite value")
    assertThrows(try axes.contourf(x: [0, 1], y: [0, 1], z: z, levels: [1]), mentioning: "at least 2 levels")
    assertThrows(try axes.contourf(x: [0, 1], y: [0, 1], z: z, levels: [-2, -1], colorScale: .log), mentioning: "positive")
  }

  func testQuiverRejectsMismatchedDataAndBadScales() {
    assertThrows(try axes.quiver(x: [0], y: [0], u: [1, 2], v: [1]), mentioning: "same length")
    assertThrows(try axes.quiver(x: [0], y: [0], u: [1], v: [1], scale: 0), mentioning: "above 0")
  }

  private func assertThrows<T>(_ expression: @autoclosure () throws -> T, mentioning text: String,
                               file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertThrowsError(try expression(), file: file, line: line) { error in
      XCTAssertTrue(error is PlotError, "\(error)", file: file, line: line)
      XCTAssertTrue("\(error)".contains(text), "'\(error)' does not mention '\(text)'", file: file, line: line)
    }
  }
}
