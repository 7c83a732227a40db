import Glibc

/// Messages for the person at the terminal, on standard error so they never mix with a
/// script's printed output.
enum Terminal {
  /// Whether standard error is a terminal, where progress can be redrawn in place.
  static let isInteractive = isatty(2) != 0

  /// A progress or status line.
  static func status(_ line: String) {
    error(line + "\n")
  }

  /// Text written to standard error as is.
  static func error(_ text: String) {
    flushOutput()
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress! + offset, $0.count - offset) }
      if written <= 0 { return }
      offset += written
    }
  }

  /// Flushes what `print` has buffered, so standard output and error appear in order.
  static func flushOutput() {
    fflush(stdout)
  }
}
