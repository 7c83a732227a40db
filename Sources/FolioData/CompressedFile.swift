import CZlib
import FolioTensor

/// Reads whole files through zlib, which passes uncompressed files through unchanged, so
/// `x.gz` and `x` read alike.
enum CompressedFile {
  /// The file's (decompressed) bytes, or an error naming the file and what to do.
  static func read(_ path: String, missing hint: String) throws -> [UInt8] {
    guard let file = gzopen(path, "rb") else {
      throw TensorError("cannot open \(path): no such file; \(hint)")
    }
    defer { gzclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
      guard count >= 0 else { throw TensorError("\(path) is damaged (zlib could not decompress it); \(hint)") }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<Int(count)])
    }
    return bytes
  }
}
