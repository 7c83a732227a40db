import FolioPlot
import XCTest

final class PNGTests: XCTestCase {
  func testEncodeThenDecodeGivesBackTheSamePixels() throws {
    let width = 7
    let height = 5
    let rgba = (0..<(width * height * 4)).map { UInt8(truncatingIfNeeded: $0 * 37 + 11) }
    let decoded = try PNG.decode(try PNG.encode(rgba: rgba, width: width, height: height))
    XCTAssertEqual(decoded.width, width)
    XCTAssertEqual(decoded.height, height)
    XCTAssertEqual(decoded.rgba, rgba)
  }

  func testEncodingIsDeterministicAndWritesNoTimeOrTextChunks() throws {
    let rgba = [UInt8](repeating: 200, count: 16 * 16 * 4)
    let first = try PNG.encode(rgba: rgba, width: 16, height: 16)
    XCTAssertEqual(first, try PNG.encode(rgba: rgba, width: 16, height: 16))
    let chunks = try chunkTypes(of: first)
    XCTAssertEqual(chunks.first, "IHDR")
    XCTAssertEqual(chunks.last, "IEND")
    XCTAssertTrue(Set(chunks).isDisjoint(with: ["tIME", "tEXt", "zTXt", "iTXt"]), "\(chunks)")
  }

  func testLargeIncompressibleImagesEncode() throws {
    // Noise defeats compression, so the first output buffer guess is too small.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let rgba = (0..<(256 * 256 * 4)).map { _ -> UInt8 in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 33)
    }
    let decoded = try PNG.decode(try PNG.encode(rgba: rgba, width: 256, height: 256))
    XCTAssertEqual(decoded.rgba, rgba)
  }

  func testWrongBufferSizeIsAPlotError() {
    XCTAssertThrowsError(try PNG.encode(rgba: [0, 0, 0], width: 1, height: 1)) { error in
      XCTAssertTrue(error is PlotError)
    }
    XCTAssertThrowsError(try PNG.encode(rgba: [], width: 0, height: 0))
    XCTAssertThrowsError(try PNG.encode(rgba: [], width: Int.max, height: 2))
  }

  func testBadBytesAreAPlotErrorNotACrash() throws {
    XCTAssertThrowsError(try PNG.decode([])) { XCTAssertTrue($0 is PlotError) }
    XCTAssertThrowsError(try PNG.decode(Array("not a png at all".utf8))) { XCTAssertTrue($0 is PlotError) }
    let valid = try PNG.encode(rgba: [UInt8](repeating: 90, count: 32 * 32 * 4), width: 32, height: 32)
    XCTAssertThrowsError(try PNG.decode(Array(valid.prefix(valid.count / 2)))) { XCTAssertTrue($0 is PlotError) }
    var corrupted = valid
    corrupted[40] ^= 0xFF
    XCTAssertThrowsError(try PNG.decode(corrupted)) { XCTAssertTrue($0 is PlotError) }
  }
}

/// The chunk type names of a PNG file, in order.
func chunkTypes(of png: [UInt8]) throws -> [String] {
  let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
  guard png.starts(with: signature) else { throw PlotError("missing PNG signature") }
  var types: [String] = []
  var offset = signature.count
  while offset + 8 <= png.count {
    let length = png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    types.append(String(decoding: png[offset + 4..<offset + 8], as: UTF8.self))
    offset += 12 + length
  }
  return types
}
