import Glibc

/// Where .npy bytes are read from: a file, or an .npz entry already in memory.
protocol ByteSource: AnyObject {
  /// The total number of bytes.
  func size() throws -> Int
  /// Reads up to `count` bytes, fewer only at the end; how many were read.
  func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int
}

/// An open file descriptor, closed when released, whose reads and writes either finish or
/// throw an error naming the file.
final class BinaryFile: ByteSource {
  let descriptor: Int32
  /// The name errors give: a temporary file is reported as the file it will become.
  private let path: String

  init(_ path: String, flags: Int32, mode: mode_t = 0, shownPath: String? = nil) throws {
    self.path = shownPath ?? path
    descriptor = open(path, flags | O_CLOEXEC, mode)
    guard descriptor >= 0 else { throw BinaryFile.error(flags & O_WRONLY != 0 ? "write" : "open", self.path) }
  }

  deinit { close(descriptor) }

  static func error(_ action: String, _ path: String) -> TensorError {
    TensorError("cannot \(action) \(path): \(String(cString: strerror(errno)))")
  }

  /// Writes a file through `body` under a temporary name in the same directory, then renames
  /// it into place, so a reader sees either the old file or the complete new one.
  static func writeAtomically(_ path: String, _ body: (BinaryFile) throws -> Void) throws {
    let temporary = "\(path).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    // O_EXCL: never write through a file someone else created under the temporary name.
    let file = try BinaryFile(temporary, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o666, shownPath: path)
    do {
      try body(file)
      // Flushed before the rename, or a crash could leave an empty file under the real name.
      guard fsync(file.descriptor) == 0 else { throw BinaryFile.error("write", path) }
      guard rename(temporary, path) == 0 else { throw BinaryFile.error("write", path) }
    } catch {
      unlink(temporary)
      throw error
    }
  }

  func size() throws -> Int {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw BinaryFile.error("read", path) }
    return Int(status.st_size)
  }

  func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
    var done = 0
    while done < count {
      let n = Glibc.read(descriptor, buffer + done, count - done)
      if n == 0 { break }
      if n < 0 {
        if errno == EINTR { continue }
        throw BinaryFile.error("read", path)
      }
      done += n
    }
    return done
  }

  /// The whole file's bytes.
  func readAll() throws -> [UInt8] {
    let total = try size()
    var bytes = [UInt8](repeating: 0, count: total)
    let found = try bytes.withUnsafeMutableBytes { try read(into: $0.baseAddress!, count: total) }
    return Array(bytes[..<found])
  }

  func write(_ bytes: UnsafeRawBufferPointer) throws {
    var done = 0
    while done < bytes.count {
      let n = Glibc.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
      if n < 0 {
        if errno == EINTR { continue }
        throw BinaryFile.error("write", path)
      }
      done += n
    }
  }
}

/// Bytes in memory, read from the front as a file would be.
final class ByteReader: ByteSource {
  private let bytes: ArraySlice<UInt8>
  private var position: Int

  init(_ bytes: ArraySlice<UInt8>) {
    self.bytes = bytes
    position = bytes.startIndex
  }

  func size() -> Int { bytes.count }

  func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
    let n = Swift.min(count, bytes.endIndex - position)
    bytes[position..<(position + n)].withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: n) }
    position += n
    return n
  }
}
