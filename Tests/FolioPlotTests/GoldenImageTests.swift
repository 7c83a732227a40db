import FolioPlot
import Foundation
import XCTest

final class GoldenImageTests: XCTestCase {
  /// Channel differences up to this much are antialiasing noise, not a change.
  private let channelTolerance = 8
  /// The share of pixels allowed beyond `channelTolerance`, for glyph rasteriser drift.
  private let allowedMismatchFraction = 0.001

  func testLossCurveMatchesTheGoldenImage() throws {
    let figure = Figure()
    let axes = figure.addAxes()
    let x = (0..<500).map(Double.init)
    try axes.plot(x: x, y: x.map { exp(-$0 / 100) })
    axes.title = "Loss Curve"
    axes.xlabel = "Epochs"
    axes.ylabel = "Loss"
    try assertMatchesGolden(figure.renderPNG(), named: "line_chart")
  }

  /// Compares against Golden/<name>.png beside this file, recording it instead when
  /// FOLIO_RECORD_GOLDENS=1 or it does not exist yet.
  private func assertMatchesGolden(_ png: [UInt8], named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden").appendingPathComponent("\(name).png")
    let recording = ProcessInfo.processInfo.environment["FOLIO_RECORD_GOLDENS"] == "1"
    if recording || !FileManager.default.fileExists(atPath: golden.path) {
      try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(png).write(to: golden)
      XCTFail("Recorded golden image \(golden.path); check it by eye, then run the tests again without FOLIO_RECORD_GOLDENS.", file: file, line: line)
      return
    }
    let expected = try Image(png: Array(Data(contentsOf: golden)))
    let actual = try Image(png: png)
    guard expected.width == actual.width, expected.height == actual.height else {
      return XCTFail("Rendered \(actual.width)×\(actual.height) but the golden is \(expected.width)×\(expected.height).", file: file, line: line)
    }
    var mismatches = 0
    var largest = 0
    for pixel in 0..<(actual.width * actual.height) {
      var difference = 0
      for channel in pixel * 4..<pixel * 4 + 4 {
        difference = max(difference, abs(Int(actual.rgba[channel]) - Int(expected.rgba[channel])))
      }
      largest = max(largest, difference)
      if difference > channelTolerance {
        mismatches += 1
      }
    }
    let allowed = Int(Double(actual.width * actual.height) * allowedMismatchFraction)
    if mismatches > allowed {
      let saved = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).actual.png")
      try Data(png).write(to: saved)
      XCTFail("\(mismatches) pixels differ from \(golden.path) by more than \(channelTolerance) (largest \(largest), \(allowed) allowed); the rendering is at \(saved.path).", file: file, line: line)
    }
  }
}
