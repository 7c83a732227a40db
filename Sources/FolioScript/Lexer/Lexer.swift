/// Splits source text into tokens, following Swift's lexical rules.
///
/// The lexer never stops at a bad character: it records a diagnostic, skips it and goes on,
/// so that one pass reports every problem in a cell.
struct Lexer {
  private let bytes: [UInt8]
  private let file: Int
  private var position: Int
  private let end: Int
  /// Problems found so far.
  private(set) var diagnostics: [Diagnostic] = []

  /// Creates a lexer over `source`, whose spans will name file number `file`.
  init(_ source: SourceFile, file: Int) {
    self.init(bytes: source.bytes, file: file, start: 0, end: source.bytes.count)
  }

  private init(bytes: [UInt8], file: Int, start: Int, end: Int) {
    self.bytes = bytes
    self.file = file
    self.position = start
    self.end = end
  }

  /// Lexes the whole text; the last token is always `.endOfFile`.
  mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    while true {
      var token = next()
      if isEndOfFile(token), let last = tokens.last {
        // "found end of cell" points just past the last token, not at a later blank line.
        token.span = SourceSpan(file: file, start: last.span.end, end: last.span.end)
      }
      if var last = tokens.popLast() {
        last.spaceAfter = token.spaceBefore || isEndOfFile(token)
        tokens.append(last)
      }
      tokens.append(token)
      if isEndOfFile(token) { return tokens }
    }
  }

  private func isEndOfFile(_ token: Token) -> Bool {
    if case .endOfFile = token.kind { return true }
    return false
  }

  // MARK: - Tokens

  private mutating func next() -> Token {
    let (sawSpace, sawNewline) = skipTrivia()
    let start = position
    func make(_ kind: Token.Kind) -> Token {
      Token(
        kind: kind, span: SourceSpan(file: file, start: start, end: position),
        startsLine: sawNewline, spaceBefore: sawSpace || start == 0)
    }
    guard position < end else { return make(.endOfFile) }

    let byte = bytes[position]
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      return make(number())
    case UInt8(ascii: "\"") where peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\""):
      return make(multilineString())
    case UInt8(ascii: "\""):
      return make(string())
    case UInt8(ascii: "$") where peek(1).map(isDigit) == true:
      // `$0`, `$1`: anonymous closure parameters, lexed as identifiers the parser recognises.
      position += 1
      let digits = identifierText()
      return make(.identifier("$" + digits))
    case UInt8(ascii: "`"):
      return make(backtickIdentifier())
    case _ where isIdentifierStart(byte):
      let text = identifierText()
      if let keyword = Keyword(rawValue: text) { return make(.keyword(keyword)) }
      return make(.identifier(text))
    case UInt8(ascii: "."):
      // `.` is member access unless it starts a range operator (`..<`, `...`).
      if position + 1 < end && bytes[position + 1] == UInt8(ascii: ".") {
        return make(operatorToken())
      }
      position += 1
      return make(.punctuation("."))
    case _ where isOperatorCharacter(byte):
      return make(operatorToken())
    case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
      UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: ":"),
      UInt8(ascii: ";"), UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "\\"):
      position += 1
      return make(.punctuation(Character(UnicodeScalar(byte))))
    default:
      let scalarStart = position
      skipScalar()
      let text = String(decoding: bytes[scalarStart..<position], as: UTF8.self)
      report("unexpected character '\(text)' in source", from: scalarStart)
      return next()
    }
  }

  /// Skips whitespace and comments, saying whether any was seen and whether it held a newline.
  private mutating func skipTrivia() -> (space: Bool, newline: Bool) {
    var space = false
    var newline = false
    while position < end {
      switch bytes[position] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        position += 1
        space = true
      case UInt8(ascii: "\n"):
        position += 1
        space = true
        newline = true
      case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
        while position < end && bytes[position] != UInt8(ascii: "\n") { position += 1 }
        space = true
      case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
        if skipBlockComment() { newline = true }
        space = true
      default:
        return (space, newline)
      }
    }
    return (space, newline)
  }

  /// Skips a `/* … */` comment, which nests in Swift; returns whether it spanned lines.
  private mutating func skipBlockComment() -> Bool {
    let start = position
    var depth = 0
    var sawNewline = false
    while position < end {
      if bytes[position] == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "*") {
        depth += 1
        position += 2
      } else if bytes[position] == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/") {
        depth -= 1
        position += 2
        if depth == 0 { return sawNewline }
      } else {
        if bytes[position] == UInt8(ascii: "\n") { sawNewline = true }
        position += 1
      }
    }
    report("unterminated '/*' comment", from: start, length: 2)
    return sawNewline
  }

  // MARK: - Numbers

  private mutating func number() -> Token.Kind {
    let start = position
    if bytes[position] == UInt8(ascii: "0"), let radix = radixPrefix(peek(1)) {
      position += 2
      let digitsStart = position
      if position < end && bytes[position] == UInt8(ascii: "_") {
        report("'_' is not a valid digit right after '0\(Character(UnicodeScalar(bytes[start + 1])))' in an integer literal", from: position)
      }
      while position < end && (isHexDigit(bytes[position]) || bytes[position] == UInt8(ascii: "_")) {
        position += 1
      }
      let digits = text(from: digitsStart).filter { $0 != "_" }
      guard !digits.isEmpty, let value = Int(digits, radix: radix) else {
        report("'\(text(from: start))' is not a valid integer literal", from: start)
        return .integer(0)
      }
      return .integer(value)
    }

    var isFloat = false
    skipDigits()
    // A dot followed by a digit continues the number; `1.description` is member access.
    if position < end && bytes[position] == UInt8(ascii: "."), let after = peek(1), isDigit(after) {
      isFloat = true
      position += 1
      skipDigits()
    }
    if position < end && (bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E")) {
      let save = position
      position += 1
      if position < end && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) {
        position += 1
      }
      if position < end && isDigit(bytes[position]) {
        isFloat = true
        skipDigits()
      } else {
        position = save
      }
    }
    if position < end && isIdentifierStart(bytes[position]) {
      let suffixStart = position
      _ = identifierText()
      report("'\(text(from: suffixStart))' is not a valid digit or suffix in a number", from: suffixStart)
    }
    let literal = text(from: start).filter { $0 != "_" }
    if isFloat {
      return .float(Double(literal) ?? .nan)
    }
    guard let value = Int(literal) else {
      report("integer literal '\(literal)' overflows Int", from: start)
      return .integer(0)
    }
    return .integer(value)
  }

  private func radixPrefix(_ byte: UInt8?) -> Int? {
    switch byte {
    case UInt8(ascii: "x"): return 16
    case UInt8(ascii: "o"): return 8
    case UInt8(ascii: "b"): return 2
    default: return nil
    }
  }

  private mutating func skipDigits() {
    while position < end && (isDigit(bytes[position]) || bytes[position] == UInt8(ascii: "_")) {
      position += 1
    }
  }

  // MARK: - Strings

  private mutating func string() -> Token.Kind {
    let start = position
    position += 1
    var reader = StringReader()
    while true {
      guard position < end, bytes[position] != UInt8(ascii: "\n") else {
        report("unterminated string literal", from: start, length: 1)
        break
      }
      if bytes[position] == UInt8(ascii: "\"") {
        position += 1
        break
      }
      readStringByte(into: &reader)
    }
    return .string(reader.finish())
  }

  /// Lexes a `"""` string: its lines lose the indentation of the closing delimiter, and the
  /// newlines right after the opening and before the closing delimiter are not part of it.
  private mutating func multilineString() -> Token.Kind {
    let start = position
    position += 3
    while position < end && (bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t")) {
      position += 1
    }
    guard position < end, bytes[position] == UInt8(ascii: "\n") else {
      report("multi-line string literal content must begin on a new line", from: start, length: 3)
      return .string([.text("")])
    }
    position += 1
    guard let (closing, indent) = findClosingDelimiter() else {
      report("unterminated multi-line string literal", from: start, length: 3)
      position = end
      return .string([.text("")])
    }
    var reader = StringReader()
    var atLineStart = true
    while position < closing {
      if atLineStart {
        // Strip the closing delimiter's indentation; blank lines may have less.
        var skipped = 0
        while skipped < indent && position < closing && bytes[position] != UInt8(ascii: "\n") {
          position += 1
          skipped += 1
        }
        atLineStart = false
        continue
      }
      if bytes[position] == UInt8(ascii: "\n") {
        atLineStart = true
        // The newline before the closing delimiter's line is not part of the string.
        if position + 1 >= closing - indent {
          position = closing
          break
        }
        reader.text.append(UInt8(ascii: "\n"))
        position += 1
        continue
      }
      if readStringByte(into: &reader, multiline: true) { atLineStart = true }
    }
    position = closing + 3
    return .string(reader.finish())
  }

  /// The offset of the closing `"""` (alone on its line after whitespace) and its indentation.
  private func findClosingDelimiter() -> (Int, Int)? {
    var lineStart = position
    var index = position
    while index < end {
      if bytes[index] == UInt8(ascii: "\n") {
        lineStart = index + 1
      } else if bytes[index] == UInt8(ascii: "\""), index + 2 < end, bytes[index + 1] == UInt8(ascii: "\""),
        bytes[index + 2] == UInt8(ascii: "\""),
        bytes[lineStart..<index].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
      {
        return (index, index - lineStart)
      }
      index += 1
    }
    return nil
  }

  /// Reads one character of a string literal's body: plain text, an escape, or an
  /// interpolation. Returns true when it consumed a line break escaped with `\` in a
  /// multi-line string, so the next line's indentation must be stripped.
  @discardableResult
  private mutating func readStringByte(into reader: inout StringReader, multiline: Bool = false) -> Bool {
    let byte = bytes[position]
    if byte != UInt8(ascii: "\\") {
      reader.text.append(byte)
      position += 1
      return false
    }
    let escapeStart = position
    position += 1
    guard position < end else { return false }
    let escaped = bytes[position]
    position += 1
    switch escaped {
    case UInt8(ascii: "\n") where multiline:
      // A backslash at the end of a line in a multi-line string joins it to the next.
      return true
    case UInt8(ascii: "n"): reader.text.append(UInt8(ascii: "\n"))
    case UInt8(ascii: "t"): reader.text.append(UInt8(ascii: "\t"))
    case UInt8(ascii: "r"): reader.text.append(UInt8(ascii: "\r"))
    case UInt8(ascii: "0"): reader.text.append(0)
    case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"): reader.text.append(escaped)
    case UInt8(ascii: "u"): reader.text.append(contentsOf: unicodeEscape(from: escapeStart))
    case UInt8(ascii: "("):
      reader.flushText()
      reader.segments.append(interpolation(from: escapeStart))
    default:
      report("invalid escape sequence in literal", from: escapeStart, length: 2)
    }
    return false
  }

  /// Lexes `\u{XXXX}`, with `position` just past the `u`.
  private mutating func unicodeEscape(from start: Int) -> [UInt8] {
    guard position < end, bytes[position] == UInt8(ascii: "{") else {
      report("expected hexadecimal code in braces after unicode escape", from: start, length: 2)
      return []
    }
    position += 1
    let digitsStart = position
    while position < end && isHexDigit(bytes[position]) { position += 1 }
    let digits = text(from: digitsStart)
    guard position < end, bytes[position] == UInt8(ascii: "}"),
      let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code)
    else {
      report("invalid unicode scalar", from: start, length: position - start)
      return []
    }
    position += 1
    return Array(String(Character(scalar)).utf8)
  }

  /// Lexes the expression inside `\( … )` as its own token list, with `position` past the `(`.
  private mutating func interpolation(from start: Int) -> StringSegment {
    var inner = Lexer(bytes: bytes, file: file, start: position, end: end)
    var tokens: [Token] = []
    var depth = 0
    while true {
      let token = inner.next()
      if token.isPunctuation("(") { depth += 1 }
      if token.isPunctuation(")") {
        if depth == 0 {
          tokens.append(
            Token(kind: .endOfFile, span: token.span, startsLine: false, spaceBefore: token.spaceBefore))
          break
        }
        depth -= 1
      }
      if isEndOfFile(token) || (token.startsLine && token.span.start > 0) {
        // A string cannot span lines; stop before the newline and let the caller report it.
        inner.position = token.span.start
        tokens.append(Token(kind: .endOfFile, span: token.span, startsLine: false, spaceBefore: false))
        diagnostics.append(contentsOf: inner.diagnostics)
        position = inner.position
        report("unterminated string interpolation", from: start, length: 2)
        return .interpolation(tokens, SourceSpan(file: file, start: start, end: position))
      }
      if var last = tokens.popLast() {
        last.spaceAfter = token.spaceBefore
        tokens.append(last)
      }
      tokens.append(token)
    }
    diagnostics.append(contentsOf: inner.diagnostics)
    position = inner.position
    return .interpolation(tokens, SourceSpan(file: file, start: start, end: position))
  }

  // MARK: - Identifiers and operators

  private mutating func identifierText() -> String {
    let start = position
    while position < end && (isIdentifierStart(bytes[position]) || isDigit(bytes[position])) {
      position += 1
    }
    return text(from: start)
  }

  private mutating func backtickIdentifier() -> Token.Kind {
    let start = position
    position += 1
    let name = identifierText()
    guard position < end, bytes[position] == UInt8(ascii: "`"), !name.isEmpty else {
      report("expected an identifier and a closing '`'", from: start)
      return .identifier(name)
    }
    position += 1
    return .identifier(name)
  }

  private mutating func operatorToken() -> Token.Kind {
    let start = position
    // Dots may only continue an operator that began with a dot, as in Swift.
    let dotted = bytes[position] == UInt8(ascii: ".")
    while position < end {
      let byte = bytes[position]
      // A comment start ends the operator.
      if byte == UInt8(ascii: "/") && (peek(1) == UInt8(ascii: "/") || peek(1) == UInt8(ascii: "*")),
        position > start
      {
        break
      }
      if isOperatorCharacter(byte) || (dotted && byte == UInt8(ascii: ".")) {
        position += 1
      } else {
        break
      }
    }
    return .operator(text(from: start))
  }

  // MARK: - Helpers

  private func peek(_ offset: Int) -> UInt8? {
    position + offset < end ? bytes[position + offset] : nil
  }

  private func text(from start: Int) -> String {
    String(decoding: bytes[start..<position], as: UTF8.self)
  }

  private mutating func skipScalar() {
    position += 1
    while position < end && bytes[position] & 0xC0 == 0x80 { position += 1 }
  }

  private mutating func report(_ message: String, from start: Int, length: Int? = nil) {
    let stop = length.map { start + $0 } ?? max(position, start + 1)
    diagnostics.append(Diagnostic(.syntax, message, at: SourceSpan(file: file, start: start, end: stop)))
  }
}

/// Collects a string literal's segments as its body is read.
private struct StringReader {
  var segments: [StringSegment] = []
  var text: [UInt8] = []

  mutating func flushText() {
    if !text.isEmpty { segments.append(.text(String(decoding: text, as: UTF8.self))) }
    text = []
  }

  mutating func finish() -> [StringSegment] {
    if !text.isEmpty || segments.isEmpty { segments.append(.text(String(decoding: text, as: UTF8.self))) }
    return segments
  }
}

private func isDigit(_ byte: UInt8) -> Bool {
  byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
}

private func isHexDigit(_ byte: UInt8) -> Bool {
  isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
}

/// Letters, `_`, and any non-ASCII byte (Swift allows most Unicode letters in names).
private func isIdentifierStart(_ byte: UInt8) -> Bool {
  (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
    || byte >= 0x80
}

private func isOperatorCharacter(_ byte: UInt8) -> Bool {
  switch byte {
  case UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "!"),
    UInt8(ascii: "*"), UInt8(ascii: "%"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"),
    UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "?"):
    return true
  default:
    return false
  }
}
