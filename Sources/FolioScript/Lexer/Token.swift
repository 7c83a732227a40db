/// One lexical unit of a cell, with the whitespace facts Swift's grammar depends on.
public struct Token {
  /// What kind of token this is, with the value of literals.
  public enum Kind {
    case identifier(String)
    case keyword(Keyword)
    case integer(Int)
    case float(Double)
    /// A string literal: literal text and `\( … )` interpolations, in order.
    case string([StringSegment])
    /// An operator such as `+`, `..<` or `==`, lexed by maximal munch like Swift's.
    case `operator`(String)
    /// Punctuation: one of `( ) [ ] { } , : ; .`
    case punctuation(Character)
    case endOfFile
  }

  /// What kind of token this is.
  public var kind: Kind
  /// Where it is.
  public var span: SourceSpan
  /// Whether a line break separates this token from the one before it.
  public var startsLine: Bool
  /// Whether whitespace (or a comment) comes right before this token.
  public var spaceBefore: Bool
  /// Whether whitespace (or a comment, or the end of the text) comes right after it.
  public var spaceAfter: Bool = false

  /// The operator text, if this is that operator token.
  func isOperator(_ text: String) -> Bool {
    if case .operator(let op) = kind { return op == text }
    return false
  }

  /// Whether this is the given punctuation character.
  func isIdentifier(_ name: String) -> Bool {
    if case .identifier(let identifier) = kind { return identifier == name }
    return false
  }

  func isPunctuation(_ char: Character) -> Bool {
    if case .punctuation(let c) = kind { return c == char }
    return false
  }

  /// Whether this is the given keyword.
  func isKeyword(_ keyword: Keyword) -> Bool {
    if case .keyword(let k) = kind { return k == keyword }
    return false
  }

  /// A short description for error messages, e.g. `'}'` or `end of cell`.
  var displayText: String {
    switch kind {
    case .identifier(let name): return "'\(name)'"
    case .keyword(let keyword): return "'\(keyword.rawValue)'"
    case .integer(let value): return "'\(value)'"
    case .float(let value): return "'\(value)'"
    case .string: return "string literal"
    case .operator(let op): return "'\(op)'"
    case .punctuation(let char): return "'\(char)'"
    case .endOfFile: return "end of cell"
    }
  }
}

/// A part of a string literal.
public enum StringSegment {
  /// Literal text, with escapes already decoded.
  case text(String)
  /// The tokens of an interpolated expression `\( … )`, ending with an end-of-file token.
  case interpolation([Token], SourceSpan)
}

/// The reserved words of the cell language.
public enum Keyword: String, CaseIterable {
  case `let`, `var`, `func`, `if`, `else`, `for`, `in`, `while`, `repeat`, `return`
  case `break`, `continue`, `true`, `false`, `nil`, `import`, `guard`, `switch`, `case`
  case `default`, `struct`, `class`, `enum`, `where`, `do`, `throw`, `try`, `catch`
  case `self`, `Self`, `init`, `as`, `is`, `inout`, `static`, `private`, `fileprivate`
  case `public`, `internal`, `mutating`, `override`, `throws`, `rethrows`, `defer`
  case `extension`, `protocol`, `subscript`, `super`, `typealias`, `operator`, `final`
  case `underscore` = "_"
}
