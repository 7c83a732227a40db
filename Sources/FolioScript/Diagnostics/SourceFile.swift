/// A piece of source text: a whole script, or one cell of a notebook.
///
/// A cell keeps the path of its notebook and the line its code starts on, so that every
/// location reported to a user is a line of the file they actually edit.
public final class SourceFile {
  /// The path shown in diagnostics, e.g. `notebooks/hello.md`.
  public let path: String
  /// The source text itself.
  public let text: String
  /// The line of `path` on which `text` begins (1 for a plain script).
  public let firstLine: Int
  /// The 1-based number of the notebook cell this text is, or nil for a plain script.
  public let cell: Int?
  /// The UTF-8 bytes the lexer reads; spans are offsets into them.
  let bytes: [UInt8]
  /// The offset of the first byte of every line.
  private let lineStarts: [Int]

  /// Creates a source file; `firstLine` and `cell` place a notebook cell inside its notebook.
  public init(path: String, text: String, firstLine: Int = 1, cell: Int? = nil) {
    self.path = path
    self.text = text
    self.firstLine = firstLine
    self.cell = cell
    self.bytes = Array(text.utf8)
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    self.lineStarts = starts
  }

  /// The line (in `path`, counting from `firstLine`) and 1-based column of a byte offset.
  ///
  /// Columns count characters, not bytes, so a caret lands under the right glyph after
  /// non-ASCII text such as `"α"`.
  public func location(of offset: Int) -> (line: Int, column: Int) {
    let index = lineIndex(of: offset)
    let start = lineStarts[index]
    let end = min(max(offset, start), bytes.count)
    let column = String(decoding: bytes[start..<end], as: UTF8.self).count + 1
    return (firstLine + index, column)
  }

  /// The text of the line holding `offset`, without its newline.
  func lineText(containing offset: Int) -> String {
    let index = lineIndex(of: offset)
    let start = lineStarts[index]
    var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
    if end > start && bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
    if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  private func lineIndex(of offset: Int) -> Int {
    // Binary search for the last line start at or before `offset`.
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }
}
