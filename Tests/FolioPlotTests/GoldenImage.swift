import Foundation
import XCTest

extension XCTestCase {
  /// Compares `png` against Golden/<name>.png beside this file, recording it instead when
  /// FOLIO_RECORD_GOLDENS=1 or it does not exist yet.
  ///
  /// Channel differences up to 8 are antialiasing noise, and up to 0.1% of pixels may differ
  /// by more, for glyph rasteriser drift.
  func assertMatchesGoldenImage(_ png: [UInt8], named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let channelTolerance = 8
    let allowedMismatchFraction = 0.001
    let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden").appendingPathComponent("\(name).png")
    if ProcessInfo.processInfo.environment["FOLIO_RECORD_GOLDENS"] == "1" || !FileManager.default.fileExists(atPath: golden.path) {
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
      let difference = (pixel * 4..<pixel * 4 + 4).map { abs(Int(actual.rgba[$0]) - Int(expected.rgba[$0])) }.max()!
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
