@testable import FolioPlot
import Foundation
import XCTest

final class SubplotLayoutTests: XCTestCase {
  private let page = Rect(x: 0, y: 0, width: 640, height: 480)

  func testSingleAxesFillMatplotlibsSubplot111Area() throws {
    let figure = Figure()
    _ = figure.addAxes()
    let box = try XCTUnwrap(figure.layout(page: page).first?.first)
    assertEqual(box, Rect(x: 80, y: 57.6, width: 496, height: 369.6))
  }

  func testATwoByThreeGridIsSpacedByWspaceAndHspace() throws {
    let figure = Figure()
    let axes = try figure.subplots(2, 3)
    XCTAssertEqual(axes.count, 2)
    XCTAssertEqual(axes[0].count, 3)
    XCTAssertTrue(figure.addAxes() === axes[0][0], "addAxes returns the top-left axes of a grid")
    let boxes = try figure.layout(page: page)
    // matplotlib: cell width = 0.775 / (3 + 0.2 × 2) of 640, gaps 0.2 of a cell.
    let cellWidth = 0.775 * 640 / 3.4
    let cellHeight = 0.77 * 480 / 2.2
    assertEqual(boxes[0][0], Rect(x: 80, y: 57.6, width: cellWidth, height: cellHeight))
    assertEqual(boxes[1][2], Rect(x: 80 + 2 * 1.2 * cellWidth, y: 57.6 + 1.2 * cellHeight, width: cellWidth, height: cellHeight))
  }

  func testSubplotCountsOutsideOneToAHundredAreAPlotError() {
    for (rows, columns) in [(0, 1), (1, -2), (101, 1)] {
      XCTAssertThrowsError(try Figure().subplots(rows, columns)) { XCTAssertTrue($0 is PlotError) }
    }
  }

  func testTightLayoutLeavesNoTwoTextsOverlappingAndNothingClipped() throws {
    let figure = try longLabelledGrid()
    figure.tightLayout()
    let canvas = try record(figure)
    XCTAssertGreaterThan(canvas.texts.count, 30)
    for (index, first) in canvas.texts.enumerated() {
      XCTAssertTrue(first.bounds.x >= 0 && first.bounds.y >= 0 && first.bounds.x + first.bounds.width <= 640
                      && first.bounds.y + first.bounds.height <= 480, "'\(first.string)' is clipped at \(first.bounds)")
      for second in canvas.texts[(index + 1)...] where first.bounds.overlaps(second.bounds) {
        XCTFail("'\(first.string)' \(first.bounds) overlaps '\(second.string)' \(second.bounds)")
      }
    }
  }

  func testWithoutTightLayoutTheSameLabelsCollide() throws {
    let canvas = try record(longLabelledGrid())
    let collisions = canvas.texts.indices.flatMap { index in
      canvas.texts[(index + 1)...].filter { $0.bounds.overlaps(canvas.texts[index].bounds) }
    }
    XCTAssertFalse(collisions.isEmpty, "the default spacing is too tight for these labels, so the test above has teeth")
  }

  func testTightLayoutPadsTheOutermostTextByOnePointZeroEightFontSizes() throws {
    let figure = try longLabelledGrid()
    figure.tightLayout()
    let canvas = try record(figure)
    let pad = 1.08 * 10 * 100 / 72
    let leftmost = try XCTUnwrap(canvas.texts.map(\.bounds.x).min())
    let lowest = try XCTUnwrap(canvas.texts.map { $0.bounds.y + $0.bounds.height }.max())
    XCTAssertEqual(leftmost, pad, accuracy: 1)
    XCTAssertEqual(480 - lowest, pad, accuracy: 1)
  }

  func testTheSuptitleIsCentredWithItsTopAtNinetyEightPercent() throws {
    let figure = Figure()
    _ = figure.addAxes()
    figure.suptitle = "Overall"
    let title = try XCTUnwrap(record(figure).text("Overall"))
    XCTAssertEqual(title.bounds.center.x, 320, accuracy: 0.5)
    XCTAssertEqual(title.bounds.y, 0.02 * 480, accuracy: 0.5)
  }

  func testSaveWritesThePNGAtomically() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("folio-save-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let figure = Figure()
    try figure.addAxes().plot(y: [1, 3, 2])
    let path = directory.appendingPathComponent("plot.png").path
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    try figure.save(path)
    XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: path))), try figure.renderPNG())
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["plot.png"], "no temporary file is left")
  }

  func testSavingIntoAMissingFolderIsAPlotErrorNamingThePath() {
    XCTAssertThrowsError(try Figure().save("/nonexistent-folder/plot.png")) { error in
      XCTAssertTrue((error as? PlotError)?.message.contains("/nonexistent-folder/plot.png") == true, "\(error)")
    }
  }

  /// A 2×2 grid whose titles, labels and five-digit tick labels overflow the default spacing.
  private func longLabelledGrid() throws -> Figure {
    let figure = Figure()
    let grid = try figure.subplots(2, 2)
    for (index, axes) in grid.joined().enumerated() {
      try axes.plot(x: [0, 25_000, 50_000], y: [10_000, 60_000 + Double(index) * 1000, 30_000])
      axes.title = "Validation loss, run \(index + 1)"
      axes.xlabel = "Training examples seen"
      axes.ylabel = "Tokens per second"
    }
    figure.suptitle = "Four runs of the same model with different seeds"
    return figure
  }

  private func assertEqual(_ actual: Rect, _ expected: Rect, file: StaticString = #filePath, line: UInt = #line) {
    for (a, e) in [(actual.x, expected.x), (actual.y, expected.y), (actual.width, expected.width), (actual.height, expected.height)] {
      XCTAssertEqual(a, e, accuracy: 1e-9, "\(actual) is not \(expected)", file: file, line: line)
    }
  }
}
