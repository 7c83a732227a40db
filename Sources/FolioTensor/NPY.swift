import Glibc

/// NumPy's .npy files, so arrays move between Folio and Python unchanged.
///
/// The format (numpy.lib.format): the magic `\x93NUMPY`, a major and a minor version byte,
/// the header length (2 bytes little-endian in version 1.0, 4 in 2.0 and 3.0), then a Python
/// dict literal with 'descr', 'fortran_order' and 'shape', padded with spaces and a newline so
/// the data starts on a 64-byte boundary; the raw elements follow. Elements are read and
/// written in the host's byte order, which is little-endian on every platform Folio runs on.
extension Tensor {
  /// Reads a tensor from a NumPy .npy file of float32, float64, int64 or bool elements
  /// (int32 and uint8 files are widened to int64).
  public static func load(_ path: String) throws -> Tensor {
    try readNPY(from: BinaryFile(path, flags: O_RDONLY), path: path)
  }

  /// Reads one .npy array from `file`, a file or an .npz entry, naming `path` in errors.
  static func readNPY(from file: some ByteSource, path: String) throws -> Tensor {
    let fileSize = try file.size()
    var prefix = [UInt8](repeating: 0, count: 8)
    guard try file.read(into: &prefix, count: 8) == 8, prefix.starts(with: NPY.magic) else {
      throw TensorError("\(path) is not a .npy file: it does not start with \\x93NUMPY")
    }
    let version = (major: prefix[6], minor: prefix[7])
    guard (1...3).contains(version.major) else {
      throw TensorError("\(path) is .npy format version \(version.major).\(version.minor); Folio reads 1.0, 2.0 and 3.0")
    }
    let lengthBytes = version.major == 1 ? 2 : 4
    var length = [UInt8](repeating: 0, count: lengthBytes)
    guard try file.read(into: &length, count: lengthBytes) == lengthBytes else {
      throw TensorError("\(path): the .npy header is truncated")
    }
    let headerLength = length.reversed().reduce(0) { $0 << 8 | Int($1) }
    guard headerLength <= fileSize - 8 - lengthBytes else { throw TensorError("\(path): the .npy header is truncated") }
    var header = [UInt8](repeating: 0, count: headerLength)
    _ = try file.read(into: &header, count: headerLength)
    let (descr, fortranOrder, shape) = try NPY.parseHeader(header, path)

    guard let format = NPY.readFormats[descr] else {
      throw TensorError("\(path) holds dtype '\(descr)', which Folio cannot read (it reads <f4, <f8, <i8, |b1, <i4 and |u1)")
    }
    guard !fortranOrder else {
      throw TensorError("\(path) is in Fortran order; save it with np.ascontiguousarray so it is in C order")
    }
    let count: Int
    do { count = try elementCount(shape) } catch let error as TensorError { throw TensorError("\(path): \(error.message)") }
    // The size is checked before allocating, so a corrupt shape cannot ask for terabytes.
    let expected = count * format.size
    let available = fileSize - 8 - lengthBytes - headerLength
    guard available >= expected else { throw TensorError("\(path): expected \(expected) bytes of data, found \(available)") }

    let out = Tensor(empty: shape, dtype: format.dtype)
    if format.size == format.dtype.byteSize && format.dtype != .bool {
      let found = try file.read(into: out.storage.base, count: expected)
      guard found == expected else { throw TensorError("\(path): expected \(expected) bytes of data, found \(found)") }
      return out
    }
    // Narrow integers are widened, and bool bytes are normalised to 0 or 1 because any other
    // byte is not a valid Swift Bool.
    var bytes = [UInt8](repeating: 0, count: expected)
    let found = try file.read(into: &bytes, count: expected)
    guard found == expected else { throw TensorError("\(path): expected \(expected) bytes of data, found \(found)") }
    bytes.withUnsafeBytes { raw in
      switch (format.dtype, format.size) {
      case (.bool, _): for i in 0..<count { out.pointer(Bool.self)[i] = raw[i] != 0 }
      case (_, 4): for i in 0..<count { out.pointer(Int64.self)[i] = Int64(raw.loadUnaligned(fromByteOffset: 4 * i, as: Int32.self)) }
      default: for i in 0..<count { out.pointer(Int64.self)[i] = Int64(raw[i]) }
      }
    }
    return out
  }

  /// Writes the tensor to a NumPy .npy file, byte for byte as `numpy.save` writes the same
  /// array; a non-contiguous view is written in row-major order.
  ///
  /// The file is written under a temporary name in the same directory and renamed into
  /// place, so a reader sees either the old file or the complete new one.
  public func save(_ path: String) throws {
    let data = contiguous()
    let header = NPY.header(descr: NPY.descr(dtype), shape: shape)
    try BinaryFile.writeAtomically(path) { file in
      try header.withUnsafeBytes { try file.write($0) }
      try file.write(data.rawBytes)
    }
  }

  /// The elements of this contiguous tensor as raw bytes, as .npy and .npz files hold them.
  var rawBytes: UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: storage.base + offset * dtype.byteSize, count: count * dtype.byteSize)
  }
}

/// The parts of the format that do not need a tensor.
enum NPY {
  static let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]

  /// The descrs `load` accepts: the dtype each becomes and its size in the file.
  static let readFormats: [String: (dtype: DType, size: Int)] = [
    "<f4": (.float32, 4), "<f8": (.float64, 8), "<i8": (.int64, 8), "|b1": (.bool, 1),
    "<i4": (.int64, 4), "|u1": (.int64, 1),
  ]

  /// NumPy's name for a dtype, as `save` writes it.
  static func descr(_ dtype: DType) -> String {
    switch dtype {
    case .float32: "<f4"
    case .float64: "<f8"
    case .int64: "<i8"
    case .bool: "|b1"
    }
  }

  /// The version 1.0 prefix and header `numpy.save` writes: the dict with its keys sorted,
  /// room for the first dimension to grow to 21 digits, and padding so the data starts on a
  /// 64-byte boundary (a full 64 spaces when it already would; NumPy pads that way too).
  static func header(descr: String, shape: [Int]) -> [UInt8] {
    let dims = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    var dict = "{'descr': '\(descr)', 'fortran_order': False, 'shape': \(dims), }"
    if let first = shape.first { dict += String(repeating: " ", count: Swift.max(0, 21 - String(first).count)) }
    func paddedLength(_ lengthBytes: Int) -> Int {
      let unpadded = magic.count + 2 + lengthBytes + dict.utf8.count + 1
      return dict.utf8.count + 1 + 64 - unpadded % 64
    }
    // Version 2.0 only when the header outgrows a 2-byte length, as NumPy chooses.
    let lengthBytes = paddedLength(2) > 0xFFFF ? 4 : 2
    let length = paddedLength(lengthBytes)
    var bytes = magic + [lengthBytes == 2 ? 1 : 2, 0]
    for i in 0..<lengthBytes { bytes.append(UInt8(truncatingIfNeeded: length >> (8 * i))) }
    bytes += Array(dict.utf8) + [UInt8](repeating: 0x20, count: length - dict.utf8.count - 1) + [0x0A]
    return bytes
  }

  /// The descr, Fortran-order flag and shape from a header dict such as
  /// `{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }`.
  static func parseHeader(_ header: [UInt8], _ path: String) throws -> (String, Bool, [Int]) {
    var parser = HeaderParser(bytes: header, path: path)
    let dict = try parser.dict()
    guard case .string(let descr)? = dict["descr"] else { throw parser.error("no string 'descr'") }
    guard case .bool(let fortranOrder)? = dict["fortran_order"] else { throw parser.error("no True or False 'fortran_order'") }
    guard case .tuple(let shape)? = dict["shape"] else { throw parser.error("no tuple 'shape'") }
    return (descr, fortranOrder, shape)
  }
}

/// A reader of the Python literals a .npy header holds: one dict of strings, True and
/// False, and tuples of integers, with any spacing and trailing commas.
private struct HeaderParser {
  enum Value {
    case string(String), bool(Bool), tuple([Int])
  }

  let bytes: [UInt8]
  let path: String
  var position = 0

  init(bytes: [UInt8], path: String) {
    self.bytes = bytes
    self.path = path
  }

  func error(_ problem: String) -> TensorError { TensorError("\(path): the .npy header has \(problem)") }

  mutating func dict() throws -> [String: Value] {
    try expect("{")
    var result: [String: Value] = [:]
    while !consume("}") {
      guard case .string(let key) = try value() else { throw error("a key that is not a string") }
      try expect(":")
      result[key] = try value()
      if !consume(",") {
        try expect("}")
        break
      }
    }
    return result
  }

  private mutating func value() throws -> Value {
    skipSpaces()
    guard position < bytes.count else { throw error("an unexpected end") }
    switch bytes[position] {
    case UInt8(ascii: "'"), UInt8(ascii: "\""):
      let quote = bytes[position]
      guard let end = bytes[(position + 1)...].firstIndex(of: quote) else { throw error("an unterminated string") }
      defer { position = end + 1 }
      return .string(String(decoding: bytes[(position + 1)..<end], as: UTF8.self))
    case UInt8(ascii: "("):
      position += 1
      var sizes: [Int] = []
      while !consume(")") {
        sizes.append(try integer())
        if !consume(",") {
          try expect(")")
          break
        }
      }
      return .tuple(sizes)
    default:
      if consume("True") { return .bool(true) }
      if consume("False") { return .bool(false) }
      throw error("an unexpected '\(String(decoding: bytes[position...].prefix(12), as: UTF8.self))'")
    }
  }

  private mutating func integer() throws -> Int {
    skipSpaces()
    var value = 0
    let start = position
    while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
      let (product, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, carry) = product.addingReportingOverflow(Int(bytes[position] - UInt8(ascii: "0")))
      guard !overflow, !carry else { throw error("a dimension too large") }
      value = sum
      position += 1
    }
    guard position < bytes.count else { throw error("an unexpected end") }
    guard position > start else { throw error("a shape that is not a tuple of integers") }
    return value
  }

  private mutating func skipSpaces() {
    while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x09 {
      position += 1
    }
  }

  /// Skips spaces, then `token` if it comes next; whether it did.
  private mutating func consume(_ token: String) -> Bool {
    skipSpaces()
    guard bytes[position...].starts(with: token.utf8) else { return false }
    position += token.utf8.count
    return true
  }

  private mutating func expect(_ token: String) throws {
    guard consume(token) else { throw error(position < bytes.count ? "no '\(token)' where expected" : "an unexpected end") }
  }
}
