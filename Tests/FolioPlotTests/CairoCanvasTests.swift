import FolioPlot
import XCTest

final class CairoCanvasTests: XCTestCase {
  func testFreshCanvasIsTransparent() throws {
    let image = try render(width: 4, height: 3) { _ in }
    XCTAssertEqual(image.rgba, [UInt8](repeating: 0, count: 4 * 3 * 4))
  }

  func testFillRectPaintsStraightAlphaColour() throws {
    let image = try render(width: 10, height: 10) { canvas in
      canvas.setColor(Color(red: 1, green: 0.5, blue: 0, alpha: 0.5))
      canvas.fillRect(Rect(x: 0, y: 0, width: 10, height: 10))
    }
    let pixel = image.pixel(x: 5, y: 5)
    XCTAssertEqual(pixel[0], 255)
    XCTAssertEqual(Int(pixel[1]), 128, accuracy: 1)
    XCTAssertEqual(pixel[2], 0)
    XCTAssertEqual(Int(pixel[3]), 128, accuracy: 1)
  }

  func testClipAndRestoreBoundWhatIsPainted() throws {
    let image = try render(width: 20, height: 20) { canvas in
      canvas.save()
      canvas.clip(toRect: Rect(x: 0, y: 0, width: 10, height: 20))
      canvas.fillRect(Rect(x: 0, y: 0, width: 20, height: 10))
      canvas.restore()
      canvas.fillRect(Rect(x: 15, y: 15, width: 5, height: 5))
    }
    XCTAssertEqual(image.pixel(x: 5, y: 5)[3], 255)
    XCTAssertEqual(image.pixel(x: 15, y: 5)[3], 0, "outside the clip")
    XCTAssertEqual(image.pixel(x: 17, y: 17)[3], 255, "restore removed the clip")
  }

  func testFilledPolygonCoversItsInteriorOnly() throws {
    let image = try render(width: 20, height: 20) { canvas in
      canvas.fill([Point(x: 0, y: 0), Point(x: 20, y: 0), Point(x: 0, y: 20)])
    }
    XCTAssertEqual(image.pixel(x: 3, y: 3)[3], 255)
    XCTAssertEqual(image.pixel(x: 17, y: 17)[3], 0)
  }

  func testTranslateAndRotateMoveLaterDrawing() throws {
    let image = try render(width: 20, height: 20) { canvas in
      canvas.translate(x: 10, y: 10)
      // A quarter turn counter-clockwise takes the +x axis to screen-up.
      canvas.rotate(radians: .pi / 2)
      canvas.fillRect(Rect(x: 2, y: -1, width: 6, height: 2))
    }
    XCTAssertEqual(image.pixel(x: 10, y: 5)[3], 255, "above the origin")
    XCTAssertEqual(image.pixel(x: 15, y: 10)[3], 0, "right of the origin")
  }

  func testDashedStrokeLeavesGapsAndBrokenDataLeavesAGap() throws {
    let image = try render(width: 40, height: 10) { canvas in
      canvas.setLineWidth(2)
      canvas.setDash([4, 4])
      canvas.stroke([Point(x: 0, y: 3), Point(x: 40, y: 3)])
      canvas.setDash([])
      canvas.stroke([Point(x: 0, y: 7), Point(x: 10, y: 7), Point(x: .nan, y: 7), Point(x: 30, y: 7), Point(x: 40, y: 7)])
    }
    XCTAssertEqual(image.pixel(x: 2, y: 3)[3], 255)
    XCTAssertEqual(image.pixel(x: 6, y: 3)[3], 0)
    XCTAssertEqual(image.pixel(x: 5, y: 7)[3], 255)
    XCTAssertEqual(image.pixel(x: 20, y: 7)[3], 0, "the NaN point breaks the line")
    XCTAssertEqual(image.pixel(x: 35, y: 7)[3], 255)
  }

  func testInvalidStateArgumentsDoNotBreakTheCanvas() throws {
    let image = try render(width: 10, height: 10) { canvas in
      canvas.setDash([-1, 2])
      canvas.setLineWidth(.nan)
      canvas.text("x", at: Point(x: 5, y: 5), size: 0, anchor: TextAnchor(horizontal: .left, vertical: .top), rotation: 0)
      canvas.fillRect(Rect(x: 0, y: 0, width: 10, height: 10))
    }
    XCTAssertEqual(image.pixel(x: 5, y: 5)[3], 255)
  }

  func testTextIsMeasuredAndDrawnWhereItsAnchorSays() throws {
    let canvas = try CairoCanvas(width: 100, height: 40)
    let size = canvas.measureText("100", size: 20)
    XCTAssertEqual(size.width, 33, accuracy: 5)
    XCTAssertEqual(size.height, 20, accuracy: 3)
    XCTAssertEqual(canvas.measureText("", size: 20).width, 0)
    canvas.text("100", at: Point(x: 100, y: 0), size: 20, anchor: TextAnchor(horizontal: .right, vertical: .top), rotation: 0)
    let image = try Image(png: canvas.pngData())
    let inked = (0..<40).flatMap { y in (0..<100).map { x in (x, y) } }.filter { image.pixel(x: $0.0, y: $0.1)[3] > 128 }
    let minX = inked.map(\.0).min() ?? 0
    XCTAssertEqual(Double(minX), 100 - size.width, accuracy: 2)
    XCTAssertLessThan(inked.map(\.1).max() ?? 99, 21)
  }

  func testOversizedCanvasIsAPlotError() {
    XCTAssertThrowsError(try CairoCanvas(width: 0, height: 10)) { XCTAssertTrue($0 is PlotError) }
    XCTAssertThrowsError(try CairoCanvas(width: 100_000, height: 10)) { XCTAssertTrue($0 is PlotError) }
  }

  func testMissingFontFileIsAPlotErrorSuggestingMakeSetup() {
    XCTAssertThrowsError(try Font(path: "/nonexistent/DejaVuSans.ttf")) { error in
      XCTAssertTrue(String(describing: error).contains("make setup"), "\(error)")
    }
    XCTAssertThrowsError(try Font(path: #filePath)) { error in
      XCTAssertTrue(error is PlotError, "a file that is not a font")
    }
  }

  private func render(width: Int, height: Int, _ draw: (CairoCanvas) -> Void) throws -> Image {
    let canvas = try CairoCanvas(width: width, height: height)
    draw(canvas)
    return try Image(png: canvas.pngData())
  }
}

/// A decoded RGBA image with per-pixel access, for assertions.
struct Image {
  let width: Int
  let height: Int
  let rgba: [UInt8]

  init(png: [UInt8]) throws {
    (width, height, rgba) = try PNG.decode(png)
  }

  func pixel(x: Int, y: Int) -> [UInt8] {
    let base = (y * width + x) * 4
    return Array(rgba[base..<base + 4])
  }
}
