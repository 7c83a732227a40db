import FolioPlot
import XCTest

final class TicksTests: XCTestCase {
  func testUnitRangeGetsTicksEveryPointTwo() {
    let ticks = Ticks(lower: 0, upper: 1)
    assertPositions(ticks, [0, 0.2, 0.4, 0.6, 0.8, 1.0])
    XCTAssertEqual(ticks.labels, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    XCTAssertEqual(ticks.offsetLabel, "")
  }

  func testHundredsRangeGetsIntegerLabels() {
    let ticks = Ticks(lower: 0, upper: 500)
    assertPositions(ticks, [0, 100, 200, 300, 400, 500])
    XCTAssertEqual(ticks.labels, ["0", "100", "200", "300", "400", "500"])
  }

  func testRangeAcrossZeroUsesARealMinusSign() {
    let ticks = Ticks(lower: -3, upper: 7)
    assertPositions(ticks, [-2, 0, 2, 4, 6])
    XCTAssertEqual(ticks.labels, ["\u{2212}2", "0", "2", "4", "6"])
  }

  func testQuarterStepsShowTwoDecimals() {
    let ticks = Ticks(lower: -0.5, upper: 1.5, bins: 8)
    assertPositions(ticks, [-0.5, -0.25, 0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5])
    XCTAssertEqual(ticks.labels, ["\u{2212}0.50", "\u{2212}0.25", "0.00", "0.25", "0.50", "0.75", "1.00", "1.25", "1.50"])
  }

  func testTinyValuesGetAScientificMultiplier() {
    let ticks = Ticks(lower: 0, upper: 1e-5)
    assertPositions(ticks, [0, 2e-6, 4e-6, 6e-6, 8e-6, 1e-5])
    XCTAssertEqual(ticks.labels, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    XCTAssertEqual(ticks.offsetLabel, "1e\u{2212}5")
  }

  func testMillionsGetAScientificMultiplier() {
    let ticks = Ticks(lower: 0, upper: 1e6)
    assertPositions(ticks, [0, 2e5, 4e5, 6e5, 8e5, 1e6])
    XCTAssertEqual(ticks.labels, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    XCTAssertEqual(ticks.offsetLabel, "1e6")
  }

  func testNarrowRangeFarFromZeroGetsAnOffset() {
    let ticks = Ticks(lower: 1_000_000, upper: 1_000_010)
    assertPositions(ticks, [1_000_000, 1_000_002, 1_000_004, 1_000_006, 1_000_008, 1_000_010])
    XCTAssertEqual(ticks.labels, ["0", "2", "4", "6", "8", "10"])
    XCTAssertEqual(ticks.offsetLabel, "+1e6")
  }

  func testAutoscaledLossCurveRangesMatchMatplotlib() {
    let x = ViewLimits(dataMin: 0, dataMax: 499)
    XCTAssertEqual(x.lower, -24.95, accuracy: 1e-9)
    XCTAssertEqual(x.upper, 523.95, accuracy: 1e-9)
    XCTAssertEqual(Ticks(lower: x.lower, upper: x.upper).labels, ["0", "100", "200", "300", "400", "500"])
    let y = ViewLimits(dataMin: 0, dataMax: 1)
    XCTAssertEqual(Ticks(lower: y.lower, upper: y.upper).labels, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
  }

  func testDegenerateRangeIsWidenedAroundTheValue() {
    let limits = ViewLimits(dataMin: 3, dataMax: 3)
    XCTAssertEqual(limits.lower, 2.835, accuracy: 1e-12)
    XCTAssertEqual(limits.upper, 3.165, accuracy: 1e-12)
    let ticks = Ticks(lower: limits.lower, upper: limits.upper)
    assertPositions(ticks, [2.85, 2.9, 2.95, 3.0, 3.05, 3.1, 3.15])
    XCTAssertEqual(ticks.labels, ["2.85", "2.90", "2.95", "3.00", "3.05", "3.10", "3.15"])
  }

  func testDegenerateRangeAtZeroIsWidenedToASmallInterval() {
    let limits = ViewLimits(dataMin: 0, dataMax: 0)
    XCTAssertEqual(limits.lower, -0.055, accuracy: 1e-12)
    XCTAssertEqual(limits.upper, 0.055, accuracy: 1e-12)
    XCTAssertEqual(Ticks(lower: limits.lower, upper: limits.upper).labels,
                   ["\u{2212}0.04", "\u{2212}0.02", "0.00", "0.02", "0.04"])
  }

  func testNonFiniteLimitsGiveNoTicksRatherThanCrashing() {
    XCTAssertEqual(Ticks(lower: .nan, upper: 1).positions, [])
    XCTAssertEqual(Ticks(lower: 0, upper: .infinity).positions, [])
    XCTAssertEqual(Ticks(lower: -Double.greatestFiniteMagnitude, upper: .greatestFiniteMagnitude).labels.count,
                   Ticks(lower: -Double.greatestFiniteMagnitude, upper: .greatestFiniteMagnitude).positions.count)
  }

  private func assertPositions(_ ticks: Ticks, _ expected: [Double], file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(ticks.positions.count, expected.count, "\(ticks.positions)", file: file, line: line)
    for (actual, wanted) in zip(ticks.positions, expected) {
      XCTAssertEqual(actual, wanted, accuracy: 1e-9 * max(1, abs(wanted)), file: file, line: line)
    }
    XCTAssertEqual(ticks.labels.count, ticks.positions.count, file: file, line: line)
  }
}
