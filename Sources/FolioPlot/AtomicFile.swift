import Glibc

/// Writes `bytes` to `path` so that readers see either the old file or the complete
/// new one: the bytes go to a temporary file beside it, reach the disk, and are then
/// renamed over it (rename is atomic within a file system).
/// - Throws: `PlotError` naming the path and the system's reason.
func writeAtomically(_ bytes: [UInt8], to path: String) throws {
  // Beside the target, so the rename stays on one file system; the pid keeps two
  // processes saving the same path from sharing a temporary file.
  let temporary = "\(path).\(getpid()).tmp"
  func failure(_ action: String) -> PlotError {
    PlotError("Could not save the figure to '\(path)': \(action) failed (\(String(cString: strerror(errno)))).")
  }
  // 0o644 (rw-r--r--, less the umask), as an ordinary file would get.
  let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
  guard descriptor >= 0 else { throw failure("creating '\(temporary)'") }
  var written = 0
  let wrote = bytes.withUnsafeBytes { buffer -> Bool in
    while written < buffer.count {
      guard let base = buffer.baseAddress else { return true }
      let result = write(descriptor, base + written, buffer.count - written)
      if result < 0 {
        if errno == EINTR { continue }
        return false
      }
      written += result
    }
    return true
  }
  guard wrote, fsync(descriptor) == 0 else {
    let error = failure("writing")
    close(descriptor)
    unlink(temporary)
    throw error
  }
  guard close(descriptor) == 0 else {
    let error = failure("closing the file")
    unlink(temporary)
    throw error
  }
  guard rename(temporary, path) == 0 else {
    let error = failure("renaming it into place")
    unlink(temporary)
    throw error
  }
}
