@testable import FolioPlot
import XCTest

final class MarchingSquaresTests: XCTestCase {
  func testTheUnitCircleOfADistanceFieldIsOneClosedLoopThroughTheAxes() throws {
    let coordinates = stride(from: -2.0, through: 2.0, by: 0.5).map { $0 }
    let z = coordinates.flatMap { y in coordinates.map { x in (x * x + y * y).squareRoot() } }
    let lines = MarchingSquares(x: coordinates, y: coordinates, z: z, levels: [1]).lines(atLevel: 0)
    XCTAssertEqual(lines.count, 1)
    let loop = try XCTUnwrap(lines.first)
    XCTAssertEqual(loop.first, loop.last, "a closed contour ends where it starts")
    // Along the axes the distance is linear in the grid, so the crossings are exact.
    for axisPoint in [Point(x: 1, y: 0), Point(x: -1, y: 0), Point(x: 0, y: 1), Point(x: 0, y: -1)] {
      XCTAssertTrue(loop.contains { abs($0.x - axisPoint.x) < 1e-12 && abs($0.y - axisPoint.y) < 1e-12 }, "\(axisPoint)")
    }
    // Interpolating a convex function overestimates it between samples: crossings fall just inside.
    for point in loop {
      let radius = (point.x * point.x + point.y * point.y).squareRoot()
      XCTAssertTrue(radius > 0.9 && radius <= 1 + 1e-12, "\(point) has radius \(radius)")
    }
  }

  func testASaddleWhoseCentreIsAboveTheLevelCutsOffTheLowCorners() {
    // High corners at (0, 0) and (1, 1); the centre value 0.5 is above 0.4, so they connect.
    let grid = MarchingSquares(x: [0, 1], y: [0, 1], z: [1, 0, 0, 1], levels: [0.4])
    let lines = grid.lines(atLevel: 0)
    XCTAssertEqual(lines.count, 2)
    XCTAssertTrue(lines.contains { $0.allSatisfy { $0.x >= 0.6 - 1e-12 && $0.y <= 0.4 + 1e-12 } }, "\(lines)")
    XCTAssertTrue(lines.contains { $0.allSatisfy { $0.x <= 0.4 + 1e-12 && $0.y >= 0.6 - 1e-12 } }, "\(lines)")
  }

  func testASaddleWhoseCentreIsBelowTheLevelCutsOffTheHighCorners() {
    let grid = MarchingSquares(x: [0, 1], y: [0, 1], z: [1, 0, 0, 1], levels: [0.6])
    let lines = grid.lines(atLevel: 0)
    XCTAssertEqual(lines.count, 2)
    XCTAssertTrue(lines.contains { $0.allSatisfy { $0.x <= 0.4 + 1e-12 && $0.y <= 0.4 + 1e-12 } }, "\(lines)")
    XCTAssertTrue(lines.contains { $0.allSatisfy { $0.x >= 0.6 - 1e-12 && $0.y >= 0.6 - 1e-12 } }, "\(lines)")
  }

  func testBandsTileTheGridWithoutGapsOrOverlaps() {
    // A plane and a field full of saddles; levels spanning all values cover the whole grid.
    let x = [0.0, 1, 2, 3]
    let y = [0.0, 0.5, 1.5]
    let plane = y.flatMap { yy in x.map { xx in xx + 2 * yy } }
    let saddles = [1.0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0]
    for z in [plane, saddles] {
      let bands = MarchingSquares(x: x, y: y, z: z, levels: [-0.1, 0.3, 0.5, 0.7, 2.5, 6.5]).bands()
      let area = bands.joined().map(shoelaceArea).reduce(0, +)
      XCTAssertEqual(area, 3 * 1.5, accuracy: 1e-9)
    }
  }

  func testValuesOutsideTheLevelsAreNotFilled() {
    // The band 0...1 of z = x on 0...2 covers half the grid.
    let bands = MarchingSquares(x: [0, 2], y: [0, 1], z: [0, 2, 0, 2], levels: [0, 1]).bands()
    XCTAssertEqual(bands[0].map(shoelaceArea).reduce(0, +), 1, accuracy: 1e-12)
  }

  func testCellsWithANaNCornerAreLeftOut() {
    let grid = MarchingSquares(x: [0, 1, 2], y: [0, 1], z: [0, 1, .nan, 0, 1, 2], levels: [0, 0.5, 3])
    XCTAssertEqual(grid.bands().joined().map(shoelaceArea).reduce(0, +), 1, accuracy: 1e-12)
    XCTAssertEqual(grid.lines(atLevel: 1).count, 1)
  }

  func testDefaultLevelsMatchMatplotlibs() {
    // matplotlib 3.11's contour(...).levels for data spanning these ranges.
    XCTAssertEqual(ContourLevels.automatic(zmin: 0, zmax: 1), [0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1.05], accuracy: 1e-12)
    XCTAssertEqual(ContourLevels.automatic(zmin: -1, zmax: 1), [-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1], accuracy: 1e-12)
    XCTAssertEqual(ContourLevels.automatic(zmin: 0, zmax: 2500), [0, 400, 800, 1200, 1600, 2000, 2400, 2800], accuracy: 1e-9)
    XCTAssertEqual(ContourLevels.automatic(zmin: 3.2, zmax: 7.9), [3, 3.6, 4.2, 4.8, 5.4, 6, 6.6, 7.2, 7.8, 8.4], accuracy: 1e-12)
  }

  private func shoelaceArea(_ polygon: [Point]) -> Double {
    var twice = 0.0
    for index in polygon.indices {
      let a = polygon[index]
      let b = polygon[(index + 1) % polygon.count]
      twice += a.x * b.y - b.x * a.y
    }
    return abs(twice) / 2
  }
}

private func XCTAssertEqual(_ actual: [Double], _ expected: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line) {
  XCTAssertEqual(actual.count, expected.count, "\(actual)", file: file, line: line)
  for (a, e) in zip(actual, expected) {
    XCTAssertEqual(a, e, accuracy: accuracy, "\(actual)", file: file, line: line)
  }
}
