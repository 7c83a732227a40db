/// The part of YAML that front matter needs: `key: value` lines whose values are scalars, and
/// keys whose value is a mapping one level deep, indented under them.
///
///     title: Lecture 2
///     options:
///       timeout: 60
///       echo: false
///
/// Comments (`#` at the start of a line or after a space) and blank lines are skipped. Lists,
/// anchors, multi-line strings and deeper nesting are reported as errors rather than read
/// wrongly, each with the notebook's path and line.
public enum YAMLSubset {
  /// One `key: value` entry and the line it is on.
  public struct Entry: Equatable {
    /// The key.
    public var key: String
    /// The value: a scalar, or the entries of a nested mapping.
    public var value: Value
    /// The notebook line the key is on.
    public var line: Int

    /// Creates an entry.
    public init(key: String, value: Value, line: Int) {
      self.key = key
      self.value = value
      self.line = line
    }
  }

  /// A value: a scalar or a one-level mapping.
  public enum Value: Equatable {
    case scalar(Scalar)
    case mapping([Entry])
  }

  /// Reads `text`, whose first line is line `firstLine` of the notebook at `path`.
  public static func parse(_ text: String, firstLine: Int, path: String) throws(NotebookError) -> [Entry] {
    var entries: [Entry] = []
    // The key waiting for its nested mapping, and the nested entries read so far.
    var open: (key: String, line: Int, indent: Int?, entries: [Entry])?

    func error(_ line: Int, _ message: String) -> NotebookError {
      NotebookError(path: path, line: line, message: message)
    }
    func closeOpen() throws(NotebookError) {
      guard let pending = open else { return }
      open = nil
      guard !pending.entries.isEmpty else {
        throw error(pending.line, "'\(pending.key)' has no value; write 'key: value' or indent a mapping under it")
      }
      entries.append(Entry(key: pending.key, value: .mapping(pending.entries), line: pending.line))
    }

    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = firstLine + offset
      let content = raw.hasSuffix("\r") ? raw.dropLast() : raw
      let body = content.trimmingSpaces()
      if body.isEmpty || body.hasPrefix("#") { continue }
      let indentation = content.prefix { $0 == " " || $0 == "\t" }
      if indentation.contains("\t") { throw error(line, "indent front matter with spaces, not tabs") }
      if body.hasPrefix("- ") || body == "-" {
        throw error(line, "lists are not supported in front matter; use a mapping of 'key: value' lines")
      }
      let (key, value) = try split(body, line: line, path: path)

      if indentation.isEmpty {
        try closeOpen()
        if value.isEmpty {
          open = (key, line, nil, [])
        } else {
          try appendUnique(Entry(key: key, value: .scalar(try scalar(value, line: line, path: path)), line: line),
                           to: &entries, path: path)
        }
        continue
      }
      guard var pending = open else {
        throw error(line, "unexpected indentation; only the lines under a 'key:' line are indented")
      }
      if pending.indent == nil { pending.indent = indentation.count }
      guard pending.indent == indentation.count else {
        throw error(line, "inconsistent indentation under '\(pending.key)'; indent every line the same")
      }
      guard !value.isEmpty else {
        throw error(line, "'\(key)' has no value; front matter nests one level only, as in 'options:' then '  echo: false'")
      }
      let entry = Entry(key: key, value: .scalar(try scalar(value, line: line, path: path)), line: line)
      try appendUnique(entry, to: &pending.entries, path: path)
      open = pending
    }
    try closeOpen()
    return entries
  }

  /// Splits `key: value` (the value may be empty) and checks the key.
  private static func split(_ body: Substring, line: Int, path: String) throws(NotebookError) -> (String, Substring) {
    guard let colon = body.firstIndex(of: ":"),
      body.index(after: colon) == body.endIndex || body[body.index(after: colon)] == " "
    else {
      throw NotebookError(path: path, line: line, message: "expected 'key: value', found '\(body)'")
    }
    let key = body[..<colon].trimmingSpaces()
    guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
      throw NotebookError(
        path: path, line: line, message: "'\(key)' is not a key; keys are letters, digits, '-' and '_'")
    }
    return (String(key), withoutComment(body[body.index(after: colon)...]).trimmingSpaces())
  }

  private static func scalar(_ text: Substring, line: Int, path: String) throws(NotebookError) -> Scalar {
    if let first = text.first, "[{&*|>".contains(first) {
      throw NotebookError(
        path: path, line: line,
        message: "'\(text)' uses YAML that front matter does not support; write a plain or quoted scalar")
    }
    switch Scalar.parse(text) {
    case .success(let scalar): return scalar
    case .failure(let failure): throw NotebookError(path: path, line: line, message: failure.message)
    }
  }

  private static func appendUnique(_ entry: Entry, to entries: inout [Entry], path: String) throws(NotebookError) {
    if let earlier = entries.first(where: { $0.key == entry.key }) {
      throw NotebookError(
        path: path, line: entry.line, message: "'\(entry.key)' is given twice (first on line \(earlier.line))")
    }
    entries.append(entry)
  }

  /// The value without a trailing `# comment`; a `#` inside quotes or not after a space is
  /// part of the value.
  static func withoutComment(_ value: Substring) -> Substring {
    var quote: Character?
    var previous: Character = " "
    var escaped = false
    for index in value.indices {
      let character = value[index]
      if let open = quote {
        if escaped {
          escaped = false
        } else if character == "\\" && open == "\"" {
          escaped = true
        } else if character == open {
          quote = nil
        }
      } else if (character == "\"" || character == "'") && previous == " " {
        quote = character
      } else if character == "#" && (previous == " " || previous == "\t") {
        return value[..<index]
      }
      previous = character
    }
    return value
  }
}
