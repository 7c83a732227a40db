import FolioTensor
import Foundation
import XCTest

/// Reading and writing .npz archives: against archives NumPy wrote (Fixtures/format, made by
/// scripts/make-tensor-fixtures.py), and damaged ones.
final class NPZTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "folio-npz-\(UUID().uuidString)/"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try FileManager.default.removeItem(atPath: directory)
  }

  func testArraysRoundTripInOrderWithTheirNamesAndDTypes() throws {
    let arrays: [(name: String, tensor: Tensor)] = [
      ("0.weight", try Tensor(shape: [2, 3], values: [Float(1.5), -2, 0, .infinity, -0.0, 3e-38])),
      ("0.bias", try Tensor(shape: [3], values: [0.1, -1e300, .nan])),
      ("steps", try Tensor(shape: [2, 1], values: [Int64.min, .max])),
      ("mask", try Tensor(shape: [2], values: [true, false])),
      ("empty", try Tensor.zeros([0, 4])),
      ("transposed", try Tensor(shape: [2, 2], values: [1.0, 2, 3, 4]).T),
    ]
    let path = directory + "arrays.npz"
    try NPZ.write(arrays, to: path)
    let loaded = try NPZ.read(path)
    XCTAssertEqual(loaded.map(\.name), arrays.map(\.name))
    for (read, written) in zip(loaded, arrays) {
      XCTAssertEqual(read.tensor.dtype, written.tensor.dtype, read.name)
      XCTAssertEqual(read.tensor.shape, written.tensor.shape, read.name)
      XCTAssertEqual(
        read.tensor.toArray().map(\.bitPattern), written.tensor.toArray().map(\.bitPattern), read.name)
    }
  }

  func testWritingTheSameArraysTwiceGivesTheSameStoredBytes() throws {
    let arrays = [("w", try Tensor.arange(0, 6).reshape([2, 3]))]
    try NPZ.write(arrays, to: directory + "a.npz")
    try NPZ.write(arrays, to: directory + "b.npz")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: directory + "a.npz"))
    XCTAssertEqual(bytes, try Data(contentsOf: URL(fileURLWithPath: directory + "b.npz")))
    // A local header, method 0 (stored), then the entry's name.
    XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04])
    XCTAssertEqual(Array(bytes[8..<10]), [0, 0])
    XCTAssertEqual(String(decoding: bytes[30..<35], as: UTF8.self), "w.npy")
    // The stored entry is exactly the .npy file Tensor.save writes.
    try arrays[0].1.save(directory + "w.npy")
    let npy = try Data(contentsOf: URL(fileURLWithPath: directory + "w.npy"))
    XCTAssertEqual(bytes[35..<(35 + npy.count)], npy)
  }

  func testReadsTheStoredArchivesNumPySavezWrites() throws {
    let arrays = try NPZ.read(fixture("stored.npz"))
    XCTAssertEqual(arrays.map(\.name), ["0.weight", "0.bias"])
    XCTAssertEqual(arrays[0].tensor.dtype, .float32)
    XCTAssertEqual(arrays[0].tensor.shape, [2, 3])
    XCTAssertEqual(arrays[0].tensor.toArray(), [0, 0.25, 0.5, 0.75, 1, 1.25])
    XCTAssertEqual(arrays[1].tensor.dtype, .float64)
    XCTAssertEqual(arrays[1].tensor.toArray(), [1.5, -2])
  }

  func testReadsTheDeflatedArchivesNumPySavezCompressedWrites() throws {
    let arrays = try NPZ.read(fixture("deflated.npz"))
    XCTAssertEqual(arrays.map(\.name), ["counts", "flags"])
    XCTAssertEqual(try arrays[0].tensor.elements(Int64.self), Array(0..<10))
    XCTAssertEqual(try arrays[1].tensor.elements(Bool.self), [true, false])
  }

  func testDamagedArchivesAndBadNamesAreErrorsNamingTheFile() throws {
    assertThrows(try NPZ.read(directory + "missing.npz"), "cannot open \(directory)missing.npz: No such file or directory")
    let notZip = directory + "not.npz"
    try Tensor.zeros([3]).save(notZip)
    assertThrows(try NPZ.read(notZip), "\(notZip) is not an .npz file: it has no zip directory")

    let path = directory + "flipped.npz"
    try NPZ.write([("w", try Tensor.zeros([4]))], to: path)
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    bytes[36 + 128] ^= 0xFF  // a data byte, past the 30-byte local header, the name and the .npy header
    try bytes.write(to: URL(fileURLWithPath: path))
    assertThrows(try NPZ.read(path), "\(path) is a damaged .npz file: the CRC of 'w.npy' does not match")
    try bytes.prefix(100).write(to: URL(fileURLWithPath: path))
    assertThrows(try NPZ.read(path), "\(path) is not an .npz file: it has no zip directory")

    assertThrows(
      try NPZ.write([("w", try Tensor.zeros([1])), ("w", try Tensor.zeros([1]))], to: path),
      "cannot write \(path): the name 'w' is given to two arrays")
  }

  func testEveryTruncatedArchiveIsAnErrorAndNoFlippedByteCrashes() throws {
    let path = directory + "mangled.npz"
    for name in ["stored.npz", "deflated.npz"] {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: fixture(name)))
      for length in 0..<bytes.count {
        try bytes.prefix(length).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try NPZ.read(path), "\(name) cut to \(length) bytes")
      }
      // A flipped byte in a name or an unused field can still read; what matters is no trap.
      for position in bytes.indices {
        var flipped = bytes
        flipped[position] ^= 0xFF
        try flipped.write(to: URL(fileURLWithPath: path))
        _ = try? NPZ.read(path)
      }
    }
  }

  private func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/format/\(name)").path
  }

  private func assertThrows<T>(
    _ expression: @autoclosure () throws -> T, _ message: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertThrowsError(try expression(), file: file, line: line) { error in
      XCTAssertEqual((error as? TensorError)?.message, message, file: file, line: line)
    }
  }
}
