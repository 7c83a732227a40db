/// Reads a markdown notebook into front matter, prose and code cells with their options.
///
/// Fences follow CommonMark: up to three spaces of indentation, then three or more backticks
/// or tildes; the closing fence uses the same character, at least as many, and nothing else.
/// Only fences whose info string starts with `swift` are cells; other fences stay prose.
public enum NotebookReader {
  /// Parses a notebook from its bytes; `path` is used in messages.
  public static func read(_ bytes: [UInt8], path: String) throws(NotebookError) -> Notebook {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let line = firstInvalidLine(bytes)
      throw NotebookError(path: path, line: line, message: "the file is not valid UTF-8; save it as UTF-8 and run again")
    }
    return try parse(text, path: path)
  }

  /// Parses a notebook from its text.
  public static func parse(_ text: String, path: String) throws(NotebookError) -> Notebook {
    var blocks: [Notebook.Block] = []
    var prose = ""
    var lines = splitLines(text)[...]
    var lineNumber = 0
    var cellCount = 0

    let frontMatter = try FrontMatter.read(lines, path: path)
    if let (frontMatter, lineCount) = frontMatter {
      blocks.append(.prose(frontMatter.text))
      lines = lines.dropFirst(lineCount)
      lineNumber = lineCount
    }
    let defaults = frontMatter?.0.options ?? CellOptions()

    while let line = lines.popFirst() {
      lineNumber += 1
      guard let fence = Fence(opening: line) else {
        prose += line
        continue
      }
      // Collect the fenced block, whatever its language, up to its closing fence.
      let openingLine = lineNumber
      var body: [String] = []
      var closing: String?
      while let inner = lines.popFirst() {
        lineNumber += 1
        if fence.isClosed(by: inner) {
          closing = inner
          break
        }
        body.append(inner)
      }
      guard let closing else {
        throw NotebookError(
          path: path, line: openingLine,
          message: "code fence '\(fence.marker)' opened here is never closed; add a closing '\(fence.marker)' line")
      }
      guard fence.isSwift else {
        prose += line + body.joined() + closing
        continue
      }
      if !prose.isEmpty { blocks.append(.prose(prose)) }
      prose = ""
      cellCount += 1
      var options = defaults
      try fence.applyFlags(to: &options, path: path, line: openingLine)
      let optionLines = try readOptionLines(body, into: &options, path: path, firstLine: openingLine + 1)
      var cell = Cell(
        number: cellCount, openingFence: line, closingFence: closing, source: body.dropFirst(optionLines).joined(),
        firstLine: openingLine + 1 + optionLines)
      cell.options = options
      blocks.append(.code(cell))
    }
    if !prose.isEmpty { blocks.append(.prose(prose)) }
    return Notebook(path: path, frontMatter: frontMatter?.0, blocks: try identified(blocks, path: path))
  }

  /// Applies the `//| key: value` lines at the top of a cell and returns how many there are.
  private static func readOptionLines(
    _ body: [String], into options: inout CellOptions, path: String, firstLine: Int
  ) throws(NotebookError) -> Int {
    var count = 0
    for line in body {
      let content = line.trimmingNewline().trimmingSpaces()
      guard content.hasPrefix("//|") else { break }
      let lineNumber = firstLine + count
      count += 1
      let option = content.dropFirst(3).trimmingSpaces()
      let key: Substring
      let value: Scalar
      if let colon = option.firstIndex(of: ":") {
        key = option[..<colon].trimmingSpaces()
        switch Scalar.parse(YAMLSubset.withoutComment(option[option.index(after: colon)...])) {
        case .success(let scalar): value = scalar
        case .failure(let failure): throw NotebookError(path: path, line: lineNumber, message: "\(key): \(failure.message)")
        }
      } else {
        // A bare key, as in `//| parameters`, switches a true/false option on.
        key = option
        value = .bool(true)
      }
      if case .failure(let failure) = options.set(String(key), to: value) {
        throw NotebookError(path: path, line: lineNumber, message: failure.message)
      }
    }
    return count
  }

  /// Gives every cell its id, and rejects two cells with one label or two parameters cells.
  private static func identified(_ blocks: [Notebook.Block], path: String) throws(NotebookError) -> [Notebook.Block] {
    var labels: [String: Int] = [:]
    var hashes: [String: Int] = [:]
    var parametersCell: Int?
    var result: [Notebook.Block] = []
    for block in blocks {
      guard case .code(var cell) = block else {
        result.append(block)
        continue
      }
      if cell.options.isParameters {
        if let first = parametersCell {
          throw NotebookError(
            path: path, line: cell.firstLine, message: "a notebook has one parameters cell; the first is on line \(first)")
        }
        parametersCell = cell.firstLine
      }
      if let label = cell.options.label {
        if let first = labels[label] {
          throw NotebookError(path: path, line: cell.firstLine, message: "label '\(label)' is already used by the cell on line \(first)")
        }
        labels[label] = cell.firstLine
        cell.id = label
      } else {
        let base = "cell-" + String(String(fnv1a(cell.source.utf8), radix: 16).suffix(8))
        let occurrence = hashes[base, default: 0] + 1
        hashes[base] = occurrence
        cell.id = occurrence == 1 ? base : "\(base)-\(occurrence)"
      }
      result.append(.code(cell))
    }
    return result
  }

  /// FNV-1a, 64-bit: a stable hash for cell ids and for noticing that a notebook changed.
  static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
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
    let content = line.trimmingNewline()
    let indent = content.prefix { $0 == " " }.count
    guard indent <= 3 else { return nil }
    let rest = content.dropFirst(indent)
    guard let first = rest.first, first == "`" || first == "~" else { return nil }
    let run = rest.prefix { $0 == first }.count
    guard run >= 3 else { return nil }
    let info = String(rest.dropFirst(run).trimmingSpaces())
    // A backtick fence's info string may not contain backticks (CommonMark 4.5).
    if first == "`" && info.contains("`") { return nil }
    character = first
    length = run
    self.info = info
  }

  var marker: String { String(repeating: character, count: length) }

  /// Whether the info string names Swift: "swift", "swift no_run", "swift echo=false".
  var isSwift: Bool {
    info.prefix { !$0.isWhitespace && $0 != "," } == "swift"
  }

  /// Applies the short flags after `swift` on the fence line: `no_run` (eval=false), a bare
  /// true/false option such as `parameters`, or `key=value` for any option.
  func applyFlags(to options: inout CellOptions, path: String, line: Int) throws(NotebookError) {
    let flags = info.dropFirst("swift".count).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
    for flag in flags {
      let result: Result<Void, OptionError>
      if flag == "no_run" {
        result = options.set("eval", to: .bool(false))
      } else if let equals = flag.firstIndex(of: "=") {
        switch Scalar.parse(flag[flag.index(after: equals)...]) {
        case .success(let value): result = options.set(String(flag[..<equals]), to: value)
        case .failure(let failure): result = .failure(OptionError(failure.message))
        }
      } else {
        result = options.set(String(flag), to: .bool(true))
      }
      if case .failure(let failure) = result {
        throw NotebookError(path: path, line: line, message: "fence flag '\(flag)': \(failure.message)")
      }
    }
  }

  func isClosed(by line: String) -> Bool {
    let content = line.trimmingNewline()
    let indent = content.prefix { $0 == " " }.count
    guard indent <= 3 else { return false }
    let rest = content.dropFirst(indent)
    let run = rest.prefix { $0 == character }.count
    return run >= length && rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
  }
}
