import CZlib

/// A zip archive held in memory, read through its central directory: the list at the end of
/// the file, which carries each entry's final sizes even when the local headers do not.
struct ZipArchive {
  let bytes: [UInt8]
  /// The file, for messages.
  let path: String

  /// The entries the central directory lists, in its order.
  func entries() throws -> [ZipEntry] {
    let end = try endRecord()
    var count = Int(try u16(end + 10))
    var position = Int(try u32(end + 16))
    if count == 0xFFFF || position == 0xFFFF_FFFF {
      // A ZIP64 end record holds the real values; its locator sits just before the classic record.
      guard end >= 20, try u32(end - 20) == 0x0706_4B50 else { throw damaged("its ZIP64 end record is missing") }
      let record = try Int(exactly: u64(end - 12)) ?? -1
      guard record >= 0, try u32(record) == 0x0606_4B50 else { throw damaged("its ZIP64 end record is missing") }
      count = try Int(exactly: u64(record + 32)) ?? -1
      position = try Int(exactly: u64(record + 48)) ?? -1
      guard count >= 0, position >= 0 else { throw damaged("its ZIP64 end record is out of range") }
    }
    var entries: [ZipEntry] = []
    for _ in 0..<count {
      guard try u32(position) == 0x0201_4B50 else { throw damaged("its central directory is cut short") }
      let (nameLength, extraLength, commentLength) = try (Int(u16(position + 28)), Int(u16(position + 30)), Int(u16(position + 32)))
      let name = try slice(position + 46, nameLength)
      var sizes = try [Int(u32(position + 24)), Int(u32(position + 20)), Int(u32(position + 42))]
      // Fields too large for 32 bits read 0xFFFFFFFF and move, in this order, to the ZIP64 extra field.
      if sizes.contains(0xFFFF_FFFF) {
        try readZip64(slice(position + 46 + nameLength, extraLength), into: &sizes)
      }
      if try u16(position + 8) & 1 != 0 {
        throw damaged("'\(String(decoding: name, as: UTF8.self))' is encrypted, which Folio cannot read")
      }
      entries.append(ZipEntry(
        name: Array(name), method: try u16(position + 10), crc: try u32(position + 16),
        compressedSize: sizes[1], size: sizes[0], offset: sizes[2]))
      position += 46 + nameLength + extraLength + commentLength
    }
    return entries
  }

  /// The entry's uncompressed bytes, checked against its CRC-32.
  func contents(of entry: ZipEntry) throws -> ArraySlice<UInt8> {
    let entryName = String(decoding: entry.name, as: UTF8.self)
    guard try u32(entry.offset) == 0x0403_4B50 else { throw damaged("the local header of '\(entryName)' is missing") }
    // The local header's own name and extra lengths, which may differ from the directory's.
    let start = try entry.offset + 30 + Int(u16(entry.offset + 26)) + Int(u16(entry.offset + 28))
    let stored = try slice(start, entry.compressedSize)
    let data: ArraySlice<UInt8>
    switch entry.method {
    case 0: data = stored
    case 8: data = try inflate(stored, size: entry.size, entryName)[...]
    default:
      throw TensorError(
        "\(path): '\(entryName)' uses zip compression method \(entry.method); Folio reads stored and deflated entries, "
          + "as numpy.savez and numpy.savez_compressed write them")
    }
    let crc = data.withUnsafeBytes { NPZ.checksum(0, $0) }
    guard data.count == entry.size, crc == UInt(entry.crc) else { throw damaged("the CRC of '\(entryName)' does not match") }
    return data
  }

  /// Where the end-of-central-directory record starts: searched for from the end, past a
  /// comment of up to 65,535 bytes.
  private func endRecord() throws -> Int {
    let last = bytes.count - 22
    guard last >= 0 else { throw TensorError("\(path) is not an .npz file: it is too short to be a zip archive") }
    for position in stride(from: last, through: Swift.max(0, last - 0xFFFF), by: -1)
    where try u32(position) == 0x0605_4B50 {
      return position
    }
    throw TensorError("\(path) is not an .npz file: it has no zip directory")
  }

  /// Replaces the 0xFFFFFFFF entries of `sizes` (size, compressed size, offset) from a ZIP64 extra field.
  private func readZip64(_ extra: ArraySlice<UInt8>, into sizes: inout [Int]) throws {
    var position = extra.startIndex
    while position + 4 <= extra.endIndex {
      let (id, length) = try (u16(position), Int(u16(position + 2)))
      if id == 1 {
        var field = position + 4
        for i in sizes.indices where sizes[i] == 0xFFFF_FFFF {
          guard field + 8 <= position + 4 + length, let value = try Int(exactly: u64(field)) else {
            throw damaged("a ZIP64 field is cut short")
          }
          (sizes[i], field) = (value, field + 8)
        }
        return
      }
      position += 4 + length
    }
    throw damaged("an entry larger than 4 GiB has no ZIP64 sizes")
  }

  /// Inflates a raw deflate stream, as zip stores it, that must come to `size` bytes.
  private func inflate(_ compressed: ArraySlice<UInt8>, size: Int, _ entryName: String) throws -> [UInt8] {
    guard compressed.count <= UInt32.max, size <= UInt32.max else {
      throw damaged("'\(entryName)' is too large to inflate in one pass")
    }
    // Deflate expands at most about 1032-fold, so a larger recorded size is a corrupt header,
    // refused before it can ask for gigabytes.
    guard size <= compressed.count * 1032 + 64 else {
      throw damaged("'\(entryName)' records \(size) bytes, more than its \(compressed.count) compressed bytes can hold")
    }
    // zlib rejects a null output buffer, so an empty entry still gets one byte of room.
    var output = [UInt8](repeating: 0, count: Swift.max(size, 1))
    var stream = z_stream()
    // Negative window bits: a raw stream, without the zlib header zip leaves out.
    guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw TensorError("\(path): zlib could not start inflating '\(entryName)'")
    }
    defer { inflateEnd(&stream) }
    let status = compressed.withUnsafeBytes { input in
      output.withUnsafeMutableBytes { out in
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(input.count)
        stream.next_out = out.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = uInt(out.count)
        return CZlib.inflate(&stream, Z_FINISH)
      }
    }
    guard status == Z_STREAM_END, Int(stream.total_out) == size else {
      throw damaged("'\(entryName)' does not inflate to its recorded \(size) bytes")
    }
    return Array(output[..<size])
  }

  private func damaged(_ problem: String) -> TensorError { TensorError("\(path) is a damaged .npz file: \(problem)") }

  private func slice(_ start: Int, _ count: Int) throws -> ArraySlice<UInt8> {
    guard start >= 0, count >= 0, count <= bytes.count - start else { throw damaged("it is cut short") }
    return bytes[start..<(start + count)]
  }

  private func u16(_ position: Int) throws -> UInt16 { UInt16(try integer(position, 2)) }
  private func u32(_ position: Int) throws -> UInt32 { UInt32(try integer(position, 4)) }
  private func u64(_ position: Int) throws -> UInt64 { try integer(position, 8) }

  /// The `width`-byte little-endian integer at `position`.
  private func integer(_ position: Int, _ width: Int) throws -> UInt64 {
    try slice(position, width).reversed().reduce(0) { $0 << 8 | UInt64($1) }
  }
}
