import FolioTensor

/// The IDX format of the MNIST files: a magic number giving the element type and rank, the
/// dimensions as big-endian 32-bit integers, then the elements in row-major order.
public enum IDXFile {
  /// Images (rank 3 or more) as a float32 tensor of the raw 0...255 values.
  public static func images(_ path: String, missing hint: String) throws -> Tensor {
    let (shape, body) = try read(path, hint)
    guard shape.count >= 2 else { throw TensorError("\(path): expected images, found an IDX array of shape \(shape)") }
    return try Tensor(shape: shape) { (pixels: UnsafeMutableBufferPointer<Float>) in
      body.withUnsafeBufferPointer { bytes in
        for i in bytes.indices { pixels[i] = Float(bytes[i]) }
      }
    }
  }

  /// Labels (rank 1) as an int64 tensor.
  public static func labels(_ path: String, missing hint: String) throws -> Tensor {
    let (shape, body) = try read(path, hint)
    guard shape.count == 1 else { throw TensorError("\(path): expected labels, found an IDX array of shape \(shape)") }
    return try Tensor(shape: shape, values: body.map { Int64($0) })
  }

  /// The shape and the unsigned-byte elements of an IDX file (gzipped or not).
  static func read(_ path: String, _ hint: String) throws -> (shape: [Int], body: ArraySlice<UInt8>) {
    let bytes = try CompressedFile.read(path, missing: hint)
    guard bytes.count >= 4, bytes[0] == 0, bytes[1] == 0 else { throw TensorError("\(path) is not an IDX file") }
    // 0x08 is unsigned bytes, the only element type the MNIST files use.
    guard bytes[2] == 0x08 else { throw TensorError("\(path): IDX element type 0x\(String(bytes[2], radix: 16)) is not supported (expected unsigned bytes)") }
    let rank = Int(bytes[3])
    let header = 4 + 4 * rank
    guard bytes.count >= header else { throw TensorError("\(path) is truncated in its header") }
    let shape = (0..<rank).map { axis in
      bytes[(4 + 4 * axis)..<(8 + 4 * axis)].reduce(0) { $0 << 8 | Int($1) }
    }
    let count = shape.reduce(1, *)
    guard bytes.count - header == count else {
      throw TensorError("\(path): shape \(shape) needs \(count) bytes of data, found \(bytes.count - header); \(hint)")
    }
    return (shape, bytes[header...])
  }
}
