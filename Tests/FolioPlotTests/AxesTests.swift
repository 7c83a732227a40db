@testable import FolioPlot
import XCTest

final class AxesTests: XCTestCase {
  func testAxhlineWidensOnlyTheYLimits() throws {
    let axes = Figure().addAxes()
    try axes.plot(x: [0, 10], y: [0, 1])
    let before = try axes.viewLimits()
    try axes.axhline(y: 5)
    let after = try axes.viewLimits()
    XCTAssertEqual(after.x, before.x)
    XCTAssertGreaterThan(after.y.upper, 5)
  }

  func testAxvlineWidensOnlyTheXLimits() throws {
    let axes = Figure().addAxes()
    try axes.plot(x: [0, 10], y: [0, 1])
    let before = try axes.viewLimits()
    try axes.axvline(x: -20)
    let after = try axes.viewLimits()
    XCTAssertEqual(after.y, before.y)
    XCTAssertLessThan(after.x.lower, -20)
  }

  func testFixedLimitsReplaceAutoscaling() throws {
    let axes = Figure().addAxes()
    try axes.plot(x: [0, 10], y: [0, 1])
    try axes.xlim(2, 4)
    try axes.ylim(1, -1)
    let limits = try axes.viewLimits()
    XCTAssertEqual(limits.x, ViewLimits(lower: 2, upper: 4))
    XCTAssertEqual(limits.y, ViewLimits(lower: 1, upper: -1), "reversed limits flip the axis")
    XCTAssertThrowsError(try axes.xlim(0, .nan)) { XCTAssertTrue($0 is PlotError) }
  }

  func testTextNeitherMovesTheLimitsNorIsClipped() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    try axes.plot(x: [0, 1], y: [0, 1])
    axes.text(x: 1.2, y: 0.5, "outside")
    XCTAssertEqual(try axes.viewLimits().x, ViewLimits(dataMin: 0, dataMax: 1))
    let label = try XCTUnwrap(record(figure).text("outside"))
    XCTAssertGreaterThan(label.bounds.x, 576, "drawn right of the axes")
  }

  func testGridLinesAreMatplotlibGreyAndBehindTheData() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    try axes.plot(x: [0, 1], y: [0.5, 0.5], color: Color(parsing: "r"), lineWidth: 4)
    axes.grid()
    let image = try Image(png: figure.renderPNG())
    // The x tick at 0.6 sits at 80 + 496 × (0.6 + 0.05) / 1.1 = 373.1, snapped to column 373.
    XCTAssertEqual(image.pixel(x: 373, y: 150), [0xB0, 0xB0, 0xB0, 255])
    XCTAssertEqual(image.pixel(x: 373, y: 242), [255, 0, 0, 255], "the line covers the grid")
  }

  func testAlphaReplacesTheColoursOpacityAndMustBeAFraction() throws {
    let axes = Figure().addAxes()
    try axes.plot(y: [1, 2], color: Color(parsing: "#ff000080"), alpha: 0.25)
    XCTAssertEqual(axes.lines[0].color.alpha, 0.25)
    XCTAssertThrowsError(try axes.plot(y: [1], alpha: 1.5)) { XCTAssertTrue($0 is PlotError) }
    XCTAssertThrowsError(try axes.plot(y: [1], markerSize: -1)) { XCTAssertTrue($0 is PlotError) }
  }
}
