/// A typed value written in front matter, a cell option or a parameter: the four types a
/// notebook's settings and parameters may have.
public enum Scalar: Equatable, CustomStringConvertible {
  case int(Int)
  case double(Double)
  case string(String)
  case bool(Bool)

  /// Reads a YAML-style scalar: a quoted string, `true`/`false`, a number, or else a plain
  /// string; a malformed quoted string is a failure saying what is wrong.
  public static func parse(_ text: Substring) -> Result<Scalar, ScalarError> {
    let text = text.trimmingSpaces()
    if let quote = text.first, quote == "\"" || quote == "'" {
      return unquote(text, quote: quote).map(Scalar.string)
    }
    switch text {
    case "true": return .success(.bool(true))
    case "false": return .success(.bool(false))
    default: break
    }
    if let int = Int(text) { return .success(.int(int)) }
    if let double = Double(text), double.isFinite, text.contains(where: { $0.isNumber }) {
      return .success(.double(double))
    }
    return .success(.string(String(text)))
  }

  /// The type's name as a cell sees it: `Int`, `Double`, `String` or `Bool`.
  public var typeName: String {
    switch self {
    case .int: "Int"
    case .double: "Double"
    case .string: "String"
    case .bool: "Bool"
    }
  }

  /// "an Int", "a Double", "a String" or "a Bool", for messages.
  public var typeNameWithArticle: String {
    if case .int = self { return "an Int" }
    return "a \(typeName)"
  }

  /// The value as plain text, as a user would type it after `-p name=`.
  public var description: String {
    switch self {
    case .int(let value): String(value)
    case .double(let value): String(value)
    case .string(let value): value
    case .bool(let value): String(value)
    }
  }

  /// The value as a literal of the cell language, which reads back as the same value and type.
  public var swiftLiteral: String {
    switch self {
    case .int(let value): return String(value)
    case .double(let value): return String(value)  // always has "." or "e": 5.0, 1e-05
    case .bool(let value): return String(value)
    case .string(let value):
      var literal = "\""
      for character in value {
        switch character {
        case "\\": literal += "\\\\"
        case "\"": literal += "\\\""
        case "\n": literal += "\\n"
        case "\r": literal += "\\r"
        case "\t": literal += "\\t"
        default: literal.append(character)
        }
      }
      return literal + "\""
    }
  }

  /// Reads a double- or single-quoted string; `text` starts with the quote.
  private static func unquote(_ text: Substring, quote: Character) -> Result<String, ScalarError> {
    var value = ""
    var rest = text.dropFirst()
    while let character = rest.popFirst() {
      if character == quote {
        // YAML writes a single quote inside single quotes by doubling it.
        if quote == "'" && rest.first == "'" {
          rest = rest.dropFirst()
          value.append("'")
          continue
        }
        guard rest.trimmingSpaces().isEmpty else {
          return .failure(ScalarError("unexpected text after the closing quote: '\(rest.trimmingSpaces())'"))
        }
        return .success(value)
      }
      if character == "\\" && quote == "\"" {
        guard let escaped = rest.popFirst() else { break }
        switch escaped {
        case "n": value.append("\n")
        case "t": value.append("\t")
        case "r": value.append("\r")
        case "\\", "\"", "/": value.append(escaped)
        default: return .failure(ScalarError("unknown escape '\\\(escaped)' in a quoted string"))
        }
        continue
      }
      value.append(character)
    }
    return .failure(ScalarError("the string is missing its closing \(quote)"))
  }
}

/// Why a scalar could not be read.
public struct ScalarError: Error, Equatable {
  /// What is wrong with the text.
  public var message: String
  init(_ message: String) { self.message = message }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  func trimmingSpaces() -> Substring {
    var result = self[...]
    while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
    while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
    return Substring(result)
  }
}
