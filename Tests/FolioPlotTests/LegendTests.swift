import FolioPlot
import XCTest

final class LegendTests: XCTestCase {
  /// The data area of a default 640 × 480 figure.
  private let box = Rect(x: 80, y: 57.6, width: 496, height: 369.6)

  func testBestAvoidsARisingLineByGoingUpperLeft() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    try axes.plot(x: [0, 1, 2, 3], y: [0, 0.2, 1, 3], label: "rising")
    axes.legend()
    let label = try XCTUnwrap(record(figure).text("rising"))
    XCTAssertLessThan(label.bounds.center.x, box.x + box.width / 2)
    XCTAssertLessThan(label.bounds.center.y, box.y + box.height / 2)
  }

  func testBestPrefersUpperRightWhenItIsFree() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    try axes.plot(x: [0, 1, 2, 3], y: [3, 1, 0.2, 0], label: "falling")
    axes.legend()
    let label = try XCTUnwrap(record(figure).text("falling"))
    XCTAssertGreaterThan(label.bounds.center.x, box.x + box.width / 2)
    XCTAssertLessThan(label.bounds.center.y, box.y + box.height / 2)
  }

  func testBestGoesWhereTheFewestPointsAre() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    // Points along the top and down the left and right edges leave only the bottom middle free.
    let x = [0, 0, 0, 0, 0.5, 1, 1.5, 2, 2.5, 3, 3, 3, 3] as [Double]
    let y = [0, 1, 2, 3, 3, 3, 3, 3, 3, 3, 2, 1, 0] as [Double]
    try axes.plot(x: x, y: y, lineStyle: .none, marker: .circle, label: "walls")
    axes.legend()
    let label = try XCTUnwrap(record(figure).text("walls"))
    XCTAssertEqual(label.bounds.center.x, box.x + box.width / 2, accuracy: box.width / 6)
    XCTAssertGreaterThan(label.bounds.center.y, box.y + box.height * 0.75)
  }

  func testAFixedLocationIsHonouredAndUnlabelledArtistsAreLeftOut() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    try axes.plot(y: [1, 2], label: "shown")
    try axes.plot(y: [2, 1])
    try axes.plot(y: [2, 2], label: "_hidden")
    axes.legend(location: .lowerLeft)
    let canvas = try record(figure)
    let label = try XCTUnwrap(canvas.text("shown"))
    XCTAssertLessThan(label.bounds.center.x, box.x + box.width / 4)
    XCTAssertGreaterThan(label.bounds.center.y, box.y + box.height * 0.75)
    XCTAssertNil(canvas.text("_hidden"))
  }

  func testLabelsAreStackedInPlotOrderAtTenPoints() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    try axes.plot(y: [1, 2], label: "first")
    try axes.plot(y: [2, 1], label: "second")
    axes.legend(location: .center)
    let canvas = try record(figure)
    let first = try XCTUnwrap(canvas.text("first")).bounds
    let second = try XCTUnwrap(canvas.text("second")).bounds
    XCTAssertEqual(first.x, second.x, accuracy: 1)
    // One row (about a font size) plus legend.labelspacing (0.5 font sizes) apart.
    XCTAssertEqual(second.y - first.y, 1.5 * 10 * 100 / 72, accuracy: 3)
  }
}
