/// Reads a markdown notebook into prose and code cells.
///
/// Fences follow CommonMark: up to three spaces of indentation, then three or more backticks
/// or tildes; the closing fence uses the same character, at least as many, and nothing else.
/// Only fences whose info string starts with `swift` are cells; other fences stay prose.
public enum NotebookReader {
  /// Parses a notebook from its bytes; `path` is used in messages.
  public static func read(_ bytes: [UInt8], path: String) throws -> Notebook {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let line = firstInvalidLine(bytes)
      throw NotebookError(path: path, line: line, message: "the file is not valid UTF-8; save it as UTF-8 and run again")
    }
    return try parse(text, path: path)
  }

  /// Parses a notebook from its text.
  public static func parse(_ text: String, path: String) throws -> Notebook {
    var blocks: [Notebook.Block] = []
    var prose = ""
    var lines = splitLines(text)[...]
    var lineNumber = 0
    var cellCount = 0

    while let line = lines.popFirst() {
      lineNumber += 1
      guard let fence = Fence(opening: line) else {
        prose += line
        continue
      }
      // Collect the fenced block, whatever its language, up to its closing fence.
      let openingLine = lineNumber
      var body = ""
      var closing: String?
      while let inner = lines.popFirst() {
        lineNumber += 1
        if fence.isClosed(by: inner) {
          closing = inner
          break
        }
        body += inner
      }
      guard let closing else {
        throw NotebookError(
          path: path, line: openingLine,
          message: "code fence '\(fence.marker)' opened here is never closed; add a closing '\(fence.marker)' line")
      }
      guard fence.isSwift else {
        prose += line + body + closing
        continue
      }
      if !prose.isEmpty { blocks.append(.prose(prose)) }
      prose = ""
      cellCount += 1
      blocks.append(.code(Cell(
        number: cellCount, openingFence: line, closingFence: closing, source: body, firstLine: openingLine + 1)))
    }
    if !prose.isEmpty { blocks.append(.prose(prose)) }
    return Notebook(path: path, blocks: blocks)
  }

  /// Splits text into lines that keep their line terminators, so prose is reproduced exactly.
  private static func splitLines(_ text: String) -> [String] {
    var lines: [String] = []
    var current = ""
    for character in text {
      current.append(character)
      // "\r\n" is a single Character in Swift, so one test covers both line endings.
      if character == "\n" || character == "\r\n" {
        lines.append(current)
        current = ""
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  private static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
    var line = 1
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
      line += 1
      start = index + 1
    }
    return line
  }
}

/// An opening code fence and what closes it.
private struct Fence {
  let character: Character
  let length: Int
  let info: String

  /// Reads an opening fence line, or returns nil if the line is not one.
  init?(opening line: String) {
    let content = line.trimmingTrailingNewline()
    let indent = content.prefix { $0 == " " }.count
    guard indent <= 3 else { return nil }
    let rest = content.dropFirst(indent)
    guard let first = rest.first, first == "`" || first == "~" else { return nil }
    let run = rest.prefix { $0 == first }.count
    guard run >= 3 else { return nil }
    let info = rest.dropFirst(run).trimmingCharacters(" \t")
    // A backtick fence's info string may not contain backticks (CommonMark 4.5).
    if first == "`" && info.contains("`") { return nil }
    character = first
    length = run
    self.info = info
  }

  var marker: String { String(repeating: character, count: length) }

  /// Whether the info string names Swift: "swift", "swift no_run", "swift {…}".
  var isSwift: Bool {
    let language = info.prefix { !$0.isWhitespace && $0 != "{" }
    return language == "swift"
  }

  func isClosed(by line: String) -> Bool {
    let content = line.trimmingTrailingNewline()
    let indent = content.prefix { $0 == " " }.count
    guard indent <= 3 else { return false }
    let rest = content.dropFirst(indent)
    let run = rest.prefix { $0 == character }.count
    return run >= length && rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
  }
}

extension StringProtocol {
  fileprivate func trimmingTrailingNewline() -> Substring {
    var result = self[...]
    while let last = result.last, last == "\n" || last == "\r\n" || last == "\r" { result = result.dropLast() }
    return Substring(result)
  }

  fileprivate func trimmingCharacters(_ set: String) -> String {
    var result = self[...]
    while let first = result.first, set.contains(first) { result = result.dropFirst() }
    while let last = result.last, set.contains(last) { result = result.dropLast() }
    return String(result)
  }
}
