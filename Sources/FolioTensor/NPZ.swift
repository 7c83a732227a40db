import CZlib
import Glibc

/// NumPy's .npz archives, so a model's parameters move between Folio and Python unchanged.
///
/// An .npz is a zip file holding one .npy file per named array, `name.npy`. Folio writes the
/// entries stored (uncompressed, as `numpy.savez` does) with zlib's CRC-32 and a fixed
/// 1980-01-01 date, so the same arrays always give the same bytes; it writes no ZIP64 records,
/// which limits an archive to 65,534 arrays and 4 GiB. It reads stored and deflated entries
/// (`numpy.savez_compressed`), with the ZIP64 fields `numpy.savez` puts in every local header.
public enum NPZ {
  /// Writes `arrays` to an .npz file at `path`, each as the entry `name.npy`, atomically.
  public static func write(_ arrays: [(name: String, tensor: Tensor)], to path: String) throws {
    guard arrays.count < 0xFFFF else {
      throw TensorError("cannot write \(path): \(arrays.count) arrays are more than an .npz without ZIP64 holds (65,534)")
    }
    var names = Set<String>()
    for (name, _) in arrays where !names.insert(name).inserted {
      throw TensorError("cannot write \(path): the name '\(name)' is given to two arrays")
    }
    try BinaryFile.writeAtomically(path) { file in
      var directory: [UInt8] = []
      var offset = 0
      for (name, tensor) in arrays {
        let data = tensor.contiguous()
        let header = NPY.header(descr: NPY.descr(data.dtype), shape: data.shape)
        let crc = header.withUnsafeBytes { checksum(checksum(0, $0), data.rawBytes) }
        let size = header.count + data.rawBytes.count
        let entry = ZipEntry(
          name: Array("\(name).npy".utf8), method: 0, crc: UInt32(crc), compressedSize: size, size: size, offset: offset)
        let local = entry.record(central: false)
        guard offset + local.count + entry.size < 0xFFFF_FFFF else {
          throw TensorError("cannot write \(path): the arrays come to more than an .npz without ZIP64 holds (4 GiB)")
        }
        try local.withUnsafeBytes { try file.write($0) }
        try header.withUnsafeBytes { try file.write($0) }
        try file.write(data.rawBytes)
        directory += entry.record(central: true)
        offset += local.count + entry.size
      }
      var end: [UInt8] = []
      end.append(littleEndian: UInt32(0x0605_4B50))
      end.append(littleEndian: UInt32(0))  // this disk, and the disk the directory starts on
      end.append(littleEndian: UInt16(arrays.count))
      end.append(littleEndian: UInt16(arrays.count))
      end.append(littleEndian: UInt32(directory.count))
      end.append(littleEndian: UInt32(offset))
      end.append(littleEndian: UInt16(0))  // no comment
      try (directory + end).withUnsafeBytes { try file.write($0) }
    }
  }

  /// Reads every array of the .npz file at `path`, in the archive's order, named without `.npy`.
  public static func read(_ path: String) throws -> [(name: String, tensor: Tensor)] {
    let archive = ZipArchive(bytes: try BinaryFile(path, flags: O_RDONLY).readAll(), path: path)
    return try archive.entries().map { entry in
      let entryName = String(decoding: entry.name, as: UTF8.self)
      guard entryName.hasSuffix(".npy") else {
        throw TensorError("\(path) holds '\(entryName)', which is not a .npy array; is it an .npz file?")
      }
      let array = try Tensor.readNPY(from: ByteReader(archive.contents(of: entry)), path: "\(path)[\(entryName)]")
      return (String(entryName.dropLast(4)), array)
    }
  }

  /// zlib's CRC-32 of `bytes`, continuing from `crc`.
  static func checksum(_ crc: UInt, _ bytes: UnsafeRawBufferPointer) -> UInt {
    // zlib reads a null buffer as a request for the initial value, so empty data is skipped.
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return crc }
    return crc32_z(crc, base.assumingMemoryBound(to: Bytef.self), bytes.count)
  }
}

/// One file of a zip archive, as its central directory describes it.
struct ZipEntry {
  let name: [UInt8]
  /// 0 for stored, 8 for deflated.
  let method: UInt16
  let crc: UInt32
  let compressedSize: Int
  let size: Int
  /// Where the entry's local header starts.
  let offset: Int

  /// The local header (`central: false`) or the central directory record of a stored entry
  /// Folio writes: version 2.0, UTF-8 names flagged, no extra fields.
  func record(central: Bool) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.append(littleEndian: UInt32(central ? 0x0201_4B50 : 0x0403_4B50))
    if central { bytes.append(littleEndian: UInt16(20)) }  // made by version 2.0
    bytes.append(littleEndian: UInt16(20))  // needs version 2.0
    bytes.append(littleEndian: UInt16(name.allSatisfy { $0 < 0x80 } ? 0 : 0x800))
    bytes.append(littleEndian: method)
    bytes.append(littleEndian: UInt16(0))  // 00:00:00
    bytes.append(littleEndian: UInt16(0x21))  // 1980-01-01, the earliest date a zip can hold
    bytes.append(littleEndian: crc)
    bytes.append(littleEndian: UInt32(compressedSize))
    bytes.append(littleEndian: UInt32(size))
    bytes.append(littleEndian: UInt16(name.count))
    bytes.append(littleEndian: UInt16(0))  // extra field length
    if central {
      // Comment length, starting disk, internal and external attributes: all zero.
      bytes += [UInt8](repeating: 0, count: 10)
      bytes.append(littleEndian: UInt32(offset))
    }
    return bytes + name
  }
}

extension Array where Element == UInt8 {
  /// Appends `value`'s bytes, least significant first, as zip files store integers.
  mutating func append<T: FixedWidthInteger>(littleEndian value: T) {
    Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
  }
}
