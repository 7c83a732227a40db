import Glibc

/// The few file operations the runner needs, with errors that say which path failed and why.
public enum FileSystem {
  /// A failed file operation.
  public struct Failure: Error, CustomStringConvertible {
    /// What failed, with the path and the system's reason.
    public let description: String
  }

  /// The whole contents of a file.
  public static func read(_ path: String) throws -> [UInt8] {
    guard let file = fopen(path, "rb") else { throw failure("cannot read", path) }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      bytes.append(contentsOf: buffer[0..<count])
      if count < buffer.count {
        if ferror(file) != 0 { throw failure("cannot read", path) }
        return bytes
      }
    }
  }

  /// Writes a file atomically: to a temporary file beside it, then renamed over it, so a
  /// reader never sees half a file and an interrupted run leaves the old one intact.
  public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    let temporary = "\(path).tmp-\(getpid())"
    guard let file = fopen(temporary, "wb") else { throw failure("cannot write", temporary) }
    let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
    let flushed = fflush(file) == 0 && fsync(fileno(file)) == 0
    fclose(file)
    guard written == bytes.count, flushed, rename(temporary, path) == 0 else {
      let error = failure("cannot write", path)
      unlink(temporary)
      throw error
    }
  }

  /// Creates a directory and any missing parents.
  public static func makeDirectory(_ path: String) throws {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST { throw failure("cannot create directory", prefix) }
      prefix += "/"
    }
  }

  /// Whether something exists at `path`.
  public static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Whether `path` is a directory.
  public static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The names of the entries of a directory, sorted, without `.` and `..`.
  public static func contents(of path: String) throws -> [String] {
    guard let directory = opendir(path) else { throw failure("cannot list", path) }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// Removes a file.
  public static func remove(_ path: String) throws {
    guard unlink(path) == 0 else { throw failure("cannot remove", path) }
  }

  private static func failure(_ what: String, _ path: String) -> Failure {
    Failure(description: "\(what) '\(path)': \(String(cString: strerror(errno)))")
  }
}
