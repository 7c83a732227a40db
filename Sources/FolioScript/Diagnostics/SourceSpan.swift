/// A range of bytes in one source file, carried by every token, AST node and error.
public struct SourceSpan: Equatable, Sendable {
  /// Which file of the session's `SourceMap` the span lies in.
  public var file: Int
  /// The offset of the first byte.
  public var start: Int
  /// The offset one past the last byte.
  public var end: Int

  /// Creates a span over `start..<end` of file number `file`.
  public init(file: Int, start: Int, end: Int) {
    self.file = file
    self.start = start
    self.end = end
  }

  /// The smallest span covering both `self` and `other` (which must share a file).
  public func through(_ other: SourceSpan) -> SourceSpan {
    SourceSpan(file: file, start: min(start, other.start), end: max(end, other.end))
  }
}

/// The files of a session, numbered so that a span can name its file with an integer.
public final class SourceMap {
  /// Every file added so far; a span's `file` indexes this array.
  public private(set) var files: [SourceFile] = []

  /// Creates an empty map.
  public init() {}

  /// Adds a file and returns its number.
  public func add(_ file: SourceFile) -> Int {
    files.append(file)
    return files.count - 1
  }

  /// The file a span lies in.
  public subscript(span: SourceSpan) -> SourceFile { files[span.file] }
}
