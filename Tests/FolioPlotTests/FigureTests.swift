import FolioPlot
import XCTest

final class FigureTests: XCTestCase {
  func testDefaultFigureRendersAt640By480() throws {
    let figure = Figure()
    XCTAssertEqual(figure.pixelWidth, 640)
    XCTAssertEqual(figure.pixelHeight, 480)
    try figure.addAxes().plot(y: [1, 3, 2])
    let image = try Image(png: figure.renderPNG())
    XCTAssertEqual(image.width, 640)
    XCTAssertEqual(image.height, 480)
  }

  func testFigureAt50DpiRendersAt320By240() throws {
    let figure = Figure(dpi: 50)
    try figure.addAxes().plot(y: [1, 3, 2])
    let image = try Image(png: figure.renderPNG())
    XCTAssertEqual(image.width, 320)
    XCTAssertEqual(image.height, 240)
  }

  func testBackgroundIsOpaqueWhiteAndSpinesAreBlack() throws {
    let figure = Figure()
    try figure.addAxes().plot(y: [0, 1])
    let image = try Image(png: figure.renderPNG())
    XCTAssertEqual(image.pixel(x: 2, y: 2), [255, 255, 255, 255])
    // The left spine sits at 0.125 × 640 = 80 px, snapped onto pixel column 80.
    XCTAssertEqual(image.pixel(x: 80, y: 240), [0, 0, 0, 255])
    // The bottom spine sits at (1 − 0.11) × 480 = 427.2 px, snapped onto row 427.
    XCTAssertEqual(image.pixel(x: 300, y: 427), [0, 0, 0, 255])
  }

  func testRenderingTheSameFigureTwiceGivesIdenticalBytes() throws {
    let figure = try makeLossCurve()
    let first = try figure.renderPNG()
    XCTAssertEqual(first, try figure.renderPNG())
    XCTAssertEqual(first, try makeLossCurve().renderPNG())
    XCTAssertFalse(try chunkTypes(of: first).contains("tIME"))
  }

  func testLinesWithoutAColourTakeTheNextCycleColour() throws {
    let axes = Figure().addAxes()
    try axes.plot(y: [1, 2])
    try axes.plot(y: [2, 1], color: Color(parsing: "k"))
    try axes.plot(y: [3, 1], label: "third")
    XCTAssertEqual(axes.lines.map(\.color), [Color.defaultCycle[0], Color(red: 0, green: 0, blue: 0), Color.defaultCycle[1]])
    XCTAssertEqual(axes.lines.last?.label, "third")
    XCTAssertEqual(axes.lines.last?.x, [0, 1])
  }

  func testLineIsDrawnInItsColour() throws {
    let figure = Figure()
    try figure.addAxes().plot(x: [0, 1], y: [0.5, 0.5], color: Color(parsing: "r"), lineWidth: 4)
    let image = try Image(png: figure.renderPNG())
    // The horizontal line runs through the middle of the axes box (rows 57.6…427.2).
    XCTAssertEqual(image.pixel(x: 328, y: 242), [255, 0, 0, 255])
  }

  func testNonFiniteValuesBreakTheLineInsteadOfCrashing() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    try axes.plot(x: [0, 1, 2, 3, 4], y: [0, 1, .nan, 1, .infinity], color: Color(parsing: "b"), lineWidth: 3)
    try axes.plot(y: [.nan, .nan])
    let image = try Image(png: figure.renderPNG())
    // x = 2 is the middle of the view; the NaN leaves it unpainted at y = 1.
    let column = (57...427).map { image.pixel(x: 328, y: $0) }
    XCTAssertFalse(column.contains([0, 0, 255, 255]))
  }

  func testExtremeDataRendersWithoutCrashing() throws {
    let figure = Figure()
    try figure.addAxes().plot(x: [-.greatestFiniteMagnitude, .greatestFiniteMagnitude], y: [1e-300, 1e300])
    XCTAssertEqual(try Image(png: figure.renderPNG()).width, 640)
  }

  func testEmptyAxesStillRender() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    XCTAssertTrue(axes === figure.addAxes(), "a figure holds one axes")
    axes.title = "Nothing yet"
    XCTAssertEqual(try Image(png: figure.renderPNG()).height, 480)
  }

  func testMismatchedLengthsAreAPlotError() {
    XCTAssertThrowsError(try Figure().addAxes().plot(x: [1, 2, 3], y: [1, 2])) { error in
      XCTAssertTrue((error as? PlotError)?.message.contains("same length") == true, "\(error)")
    }
  }

  func testEmptyDataIsAPlotError() {
    XCTAssertThrowsError(try Figure().addAxes().plot(y: [])) { error in
      XCTAssertTrue((error as? PlotError)?.message.contains("empty") == true, "\(error)")
    }
    XCTAssertThrowsError(try Figure().addAxes().plot(x: [], y: [])) { XCTAssertTrue($0 is PlotError) }
  }

  func testInvalidLineWidthIsAPlotError() {
    XCTAssertThrowsError(try Figure().addAxes().plot(y: [1], lineWidth: -1)) { XCTAssertTrue($0 is PlotError) }
    XCTAssertThrowsError(try Figure().addAxes().plot(y: [1], lineWidth: .nan)) { XCTAssertTrue($0 is PlotError) }
  }

  func testInvalidFigureSizesAreAPlotError() {
    for figure in [Figure(width: 0), Figure(height: -2), Figure(dpi: .nan), Figure(width: .infinity),
                   Figure(width: 0.001, dpi: 1), Figure(width: 1000, dpi: 1000)] {
      XCTAssertThrowsError(try figure.renderPNG()) { XCTAssertTrue($0 is PlotError, "\($0)") }
    }
    XCTAssertEqual(Figure(width: .nan).pixelWidth, 0)
  }

  private func makeLossCurve() throws -> Figure {
    let figure = Figure()
    let axes = figure.addAxes()
    let x = (0..<500).map(Double.init)
    try axes.plot(x: x, y: x.map { exp(-$0 / 100) })
    axes.title = "Loss Curve"
    axes.xlabel = "Epochs"
    axes.ylabel = "Loss"
    return figure
  }

  func testSavingAtAnotherDpiScalesThePixelsButNotTheFigure() throws {
    let figure = Figure(width: 2, height: 1, dpi: 100)
    try figure.addAxes().plot(y: [1, 2, 3])
    let path = "/tmp/folio-figure-test-\(getpid()).png"
    defer { unlink(path) }
    try figure.save(path, dpi: 200)
    let file = fopen(path, "rb")!
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while case let count = fread(&buffer, 1, buffer.count, file), count > 0 { bytes += buffer[0..<count] }
    fclose(file)
    let image = try PNG.decode(bytes)
    XCTAssertEqual(image.width, 400)
    XCTAssertEqual(image.height, 200)
    XCTAssertEqual(figure.pixelWidth, 200)
  }
}
