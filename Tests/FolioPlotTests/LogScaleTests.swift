@testable import FolioPlot
import XCTest

final class LogScaleTests: XCTestCase {
  func testMajorTicksSitAtPowersOfTenLabelledWithExponents() {
    let ticks = LogLocator.ticks(lower: 0.01, upper: 100, bins: 9)
    let majors = ticks.ticks.filter { !$0.isMinor }
    XCTAssertEqual(majors.map(\.position), [0.01, 0.1, 1, 10, 100])
    XCTAssertEqual(majors.map(\.label), ["\u{2212}2", "\u{2212}1", "0", "1", "2"].map { .power(base: "10", exponent: $0) })
  }

  func testMinorTicksFillEachDecadeUnlabelledWhenTheViewSpansSeveralDecades() {
    let ticks = LogLocator.ticks(lower: 1, upper: 100, bins: 9)
    let minors = ticks.ticks.filter(\.isMinor)
    XCTAssertEqual(minors.map(\.position), [2, 3, 4, 5, 6, 7, 8, 9, 20, 30, 40, 50, 60, 70, 80, 90])
    XCTAssertTrue(minors.allSatisfy { $0.label == nil })
  }

  func testManyDecadesAreThinnedToEveryFewPowers() {
    let ticks = LogLocator.ticks(lower: 1e-20, upper: 1e20, bins: 9)
    let exponents = ticks.ticks.map { log10($0.position).rounded() }
    XCTAssertLessThanOrEqual(exponents.count, 10)
    XCTAssertTrue(ticks.ticks.allSatisfy { !$0.isMinor })
    XCTAssertEqual(Set(zip(exponents, exponents.dropFirst()).map { $1 - $0 }).count, 1, "evenly strided: \(exponents)")
  }

  func testASpanUnderADecadeLabelsMinorTicksAsMultiplesOfAPower() {
    let ticks = LogLocator.ticks(lower: 0.15, upper: 0.9, bins: 9)
    let labels = ticks.ticks.compactMap(\.label)
    XCTAssertEqual(labels, [2, 3, 4, 6].map { .power(base: "\($0)×10", exponent: "\u{2212}1") })
  }

  func testAutoscalingPadsByFivePercentOfTheDecades() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    try axes.plot(x: [0, 1], y: [1, 1000])
    axes.yscale(.log)
    let limits = try axes.viewLimits().y
    XCTAssertEqual(log10(limits.lower), -0.15, accuracy: 1e-12)
    XCTAssertEqual(log10(limits.upper), 3.15, accuracy: 1e-12)
  }

  func testNonPositiveDataOnALogAxisIsAPlotErrorNamingTheAxisAndValue() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    try axes.plot(x: [0, 1, 2], y: [1, 0.5, 0.1])
    axes.xscale(.log)
    XCTAssertThrowsError(try figure.renderPNG()) { error in
      let message = (error as? PlotError)?.message ?? "\(error)"
      XCTAssertTrue(message.contains("x axis") && message.contains("0.0"), message)
    }
    axes.xscale(.linear)
    try axes.plot(x: [3], y: [-2])
    axes.yscale(.log)
    XCTAssertThrowsError(try figure.renderPNG()) { error in
      let message = (error as? PlotError)?.message ?? "\(error)"
      XCTAssertTrue(message.contains("y axis") && message.contains("-2.0"), message)
    }
  }

  func testLogAxisLabelsAreDrawnAsPowersWithRaisedExponents() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    try axes.plot(x: [1, 2], y: [0.01, 10])
    axes.yscale(.log)
    let canvas = try record(figure)
    let base = try XCTUnwrap(canvas.texts.first { $0.string == "10" }).bounds
    let exponent = try XCTUnwrap(canvas.texts.first { $0.string == "\u{2212}2" }).bounds
    XCTAssertLessThan(exponent.height, base.height, "the exponent is smaller")
    XCTAssertLessThan(exponent.y, base.y, "and raised")
    XCTAssertGreaterThanOrEqual(exponent.x, base.x + base.width)
  }
}
