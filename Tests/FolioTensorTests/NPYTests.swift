import FolioTensor
import Foundation
import XCTest

/// Reading and writing .npy files: against files NumPy wrote (Fixtures/format, made by
/// scripts/make-tensor-fixtures.py), and every way a file can be wrong.
final class NPYTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "folio-npy-\(UUID().uuidString)/"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try FileManager.default.removeItem(atPath: directory)
  }

  func testEveryDTypeRoundTripsThroughSaveAndLoad() throws {
    let tensors = [
      try Tensor(shape: [2, 3], values: [Float(1.5), -2, 0, .infinity, -0.0, 3e-38]),
      try Tensor(shape: [3], values: [0.1, -1e300, .nan]),
      try Tensor(shape: [2, 1, 2], values: [Int64.min, -1, 0, .max]),
      try Tensor(shape: [5], values: [true, false, false, true, true]),
      Tensor(scalar: Float(7)),
      try Tensor.zeros([0, 4], dtype: .int64),
    ]
    for (i, tensor) in tensors.enumerated() {
      let path = directory + "t\(i).npy"
      try tensor.save(path)
      let loaded = try Tensor.load(path)
      XCTAssertEqual(loaded.dtype, tensor.dtype)
      XCTAssertEqual(loaded.shape, tensor.shape)
      XCTAssertEqual(try bytes(of: loaded), try bytes(of: tensor), "tensor \(i)")
    }
  }

  func testSavedFilesAreByteForByteWhatNumPyWrites() throws {
    let tensors: [String: Tensor] = [
      "float32": try Tensor(shape: [3, 4], elements: (0..<12).map { Float($0) / 4 - 1 }),
      "float64": try Tensor(shape: [2, 3], values: [0.1, -2.5, 1e300, .infinity, -0.0, 3]),
      "int64": try Tensor(shape: [2, 3], values: [-3, 0, 7, 1 << 40, -1, 5] as [Int64]),
      "bool": try Tensor(shape: [4], values: [true, false, true, true]),
      "scalar": Tensor(Float(2.5)),
      "empty": try Tensor.zeros([0, 3]),
      "aligned_header": try Tensor.zeros([0, 0, 0, 0, 0, 0, 0, 100, 1000, 1000, 1000]),
    ]
    for (name, tensor) in tensors {
      try tensor.save(directory + "\(name).npy")
      XCTAssertEqual(
        try Data(contentsOf: URL(fileURLWithPath: directory + "\(name).npy")), try fixture(name), "\(name).npy differs")
    }
  }

  func testLoadReadsWhatNumPyWrote() throws {
    let float32 = try Tensor.load(fixturesDirectory + "format/float32.npy")
    XCTAssertEqual(float32.shape, [3, 4])
    XCTAssertEqual(try float32.elements(Float.self), (0..<12).map { Float($0) / 4 - 1 })
    let int64 = try Tensor.load(fixturesDirectory + "format/int64.npy")
    XCTAssertEqual(try int64.elements(Int64.self), [-3, 0, 7, 1 << 40, -1, 5])
    XCTAssertEqual(try Tensor.load(fixturesDirectory + "format/bool.npy").elements(Bool.self), [true, false, true, true])
    let scalar = try Tensor.load(fixturesDirectory + "format/scalar.npy")
    XCTAssertEqual(scalar.shape, [])
    XCTAssertEqual(try scalar.item(), 2.5)
    XCTAssertEqual(try Tensor.load(fixturesDirectory + "format/empty.npy").shape, [0, 3])
  }

  func testSavingAViewWritesItsElementsInRowMajorOrder() throws {
    let matrix = try Tensor(shape: [2, 3], values: [1, 2, 3, 4, 5, 6] as [Int64])
    try matrix.T.save(directory + "view.npy")
    let loaded = try Tensor.load(directory + "view.npy")
    XCTAssertEqual(loaded.shape, [3, 2])
    XCTAssertEqual(try loaded.elements(Int64.self), [1, 4, 2, 5, 3, 6])
    let everyOther = try Tensor(shape: [6], values: [1, 2, 3, 4, 5, 6] as [Double]).slice(dim: 0, start: 1, step: 2)
    try everyOther.save(directory + "slice.npy")
    XCTAssertEqual(try Tensor.load(directory + "slice.npy").elements(Double.self), [2, 4, 6])
  }

  func testInt32AndUInt8FilesAreWidenedToInt64() throws {
    let int32 = try Tensor.load(fixturesDirectory + "format/int32.npy")
    XCTAssertEqual(int32.dtype, .int64)
    XCTAssertEqual(int32.shape, [2, 2])
    XCTAssertEqual(try int32.elements(Int64.self), [-2, Int64(Int32.max), Int64(Int32.min), 9])
    XCTAssertEqual(try Tensor.load(fixturesDirectory + "format/uint8.npy").elements(Int64.self), [0, 7, 255])
  }

  func testVersion2And3HeadersAreRead() throws {
    for version in [2, 3] {
      let tensor = try Tensor.load(fixturesDirectory + "format/version\(version).npy")
      XCTAssertEqual(tensor.shape, [2, 3])
      XCTAssertEqual(try tensor.elements(Double.self), [0, 1, 2, 3, 4, 5])
    }
  }

  func testHeadersWithOtherSpacingQuotesAndKeyOrderAreRead() throws {
    let tensor = try Tensor.load(fixturesDirectory + "format/spaced_header.npy")
    XCTAssertEqual(tensor.shape, [2])
    XCTAssertEqual(try tensor.elements(Double.self), [1.5, -4])
  }

  func testSaveReplacesAnExistingFileAndLeavesNoTemporaryFile() throws {
    let path = directory + "x.npy"
    try Tensor(Float(1)).save(path)
    try Tensor(shape: [2], elements: [3, 4]).save(path)
    XCTAssertEqual(try Tensor.load(path).elements(Float.self), [3, 4])
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["x.npy"])
  }

  // MARK: - Errors

  func testAMissingFileIsNamedWithTheSystemsReason() {
    let path = directory + "missing.npy"
    assertError(try Tensor.load(path), "cannot open \(path): No such file or directory")
  }

  func testSavingIntoAMissingDirectoryNamesTheFile() throws {
    let path = directory + "no/such/dir/x.npy"
    assertError(try Tensor(Float(1)).save(path), "cannot write \(path): No such file or directory")
  }

  func testAFileWithoutTheMagicIsNotANPYFile() throws {
    let path = try write("PK\u{3}\u{4} a zip archive, not an array".utf8, "x.npy")
    assertError(try Tensor.load(path), "\(path) is not a .npy file: it does not start with \\x93NUMPY")
    let empty = try write([], "empty.npy")
    assertError(try Tensor.load(empty), "\(empty) is not a .npy file: it does not start with \\x93NUMPY")
  }

  func testTruncatedDataGivesBothSizes() throws {
    let whole = try fixture("float32")
    let path = try write(whole.prefix(whole.count - 48 + 20), "x.npy")
    assertError(try Tensor.load(path), "\(path): expected 48 bytes of data, found 20")
  }

  func testATruncatedHeaderIsReported() throws {
    let whole = try fixture("float32")
    for length in [9, 40] {
      let path = try write(whole.prefix(length), "x\(length).npy")
      assertError(try Tensor.load(path), "\(path): the .npy header is truncated")
    }
  }

  func testUnsupportedDTypesAreNamed() throws {
    for (name, descr) in [("complex64", "<c8"), ("big_endian", ">f4")] {
      let path = fixturesDirectory + "format/\(name).npy"
      assertError(
        try Tensor.load(path),
        "\(path) holds dtype '\(descr)', which Folio cannot read (it reads <f4, <f8, <i8, |b1, <i4 and |u1)")
    }
  }

  func testFortranOrderIsRejectedWithTheNumPyFix() {
    let path = fixturesDirectory + "format/fortran.npy"
    assertError(try Tensor.load(path), "\(path) is in Fortran order; save it with np.ascontiguousarray so it is in C order")
  }

  func testAnUnknownFormatVersionIsRejected() throws {
    var bytes = try fixture("float32")
    bytes[6] = 4
    let path = try write(bytes, "x.npy")
    assertError(try Tensor.load(path), "\(path) is .npy format version 4.0; Folio reads 1.0, 2.0 and 3.0")
  }

  func testMalformedHeadersAreReportedNotCrashedOn() throws {
    let cases = [
      "{'descr': '<f4', 'fortran_order': False}": "has no tuple 'shape'",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (3, -1), }": "has a shape that is not a tuple of integers",
      "{'descr': '<f4, 'fortran_order': False, 'shape': (3,), }": "has no '}' where expected",
      "{'descr': '<f4', 'fortran_order': None, 'shape': (3,), }": "has an unexpected 'None, 'shape'",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (3,": "has an unexpected end",
      "{'descr': [('x', '<f4')], 'fortran_order': False, 'shape': (3,), }": "has an unexpected '[('x', '<f4''",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999,), }": "has a dimension too large",
      "['descr']": "has no '{' where expected",
      "": "has an unexpected end",
    ]
    for (header, problem) in cases {
      let path = try write(headerOnly(header), "x.npy")
      assertError(try Tensor.load(path), "\(path): the .npy header \(problem)")
    }
  }

  func testAShapeTooLargeToAllocateIsAnErrorNotACrash() throws {
    let path = try write(headerOnly("{'descr': '<f8', 'fortran_order': False, 'shape': (100000, 100000, 100000), }"), "x.npy")
    assertError(try Tensor.load(path), "\(path): shape [100000, 100000, 100000] has too many elements")
    let large = try write(headerOnly("{'descr': '<f8', 'fortran_order': False, 'shape': (1000, 1000, 1000), }"), "y.npy")
    assertError(try Tensor.load(large), "\(large): expected 8000000000 bytes of data, found 0")
  }

  // MARK: - Helpers

  /// The bytes of a fixture in Fixtures/format.
  private func fixture(_ name: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: fixturesDirectory + "format/\(name).npy"))
  }

  /// Writes `bytes` to a file in the temporary directory and returns its path.
  private func write<Bytes: Sequence<UInt8>>(_ bytes: Bytes, _ name: String) throws -> String {
    let path = directory + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// A version 1.0 file with `header` and no data.
  private func headerOnly(_ header: String) -> Data {
    let length = header.utf8.count
    return Data([0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(length & 0xFF), UInt8(length >> 8)] + Array(header.utf8))
  }

  /// The raw bytes of a tensor's elements, so NaN and -0.0 compare by their bits.
  private func bytes(of tensor: Tensor) throws -> [UInt8] {
    switch tensor.dtype {
    case .float32: try tensor.elements(Float.self).flatMap { withUnsafeBytes(of: $0, Array.init) }
    case .float64: try tensor.elements(Double.self).flatMap { withUnsafeBytes(of: $0, Array.init) }
    case .int64: try tensor.elements(Int64.self).flatMap { withUnsafeBytes(of: $0, Array.init) }
    case .bool: try tensor.elements(Bool.self).map { $0 ? 1 : 0 }
    }
  }

  private func assertError<T>(_ expression: @autoclosure () throws -> T, _ message: String, line: UInt = #line) {
    XCTAssertThrowsError(try expression(), line: line) { error in
      XCTAssertEqual((error as? TensorError)?.message, message, line: line)
    }
  }
}
