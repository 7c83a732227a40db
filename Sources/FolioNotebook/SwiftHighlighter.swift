/// Colours Swift code for HTML: keywords, string literals, comments, numbers and type names
/// become `<span>`s with classes the page's style sheet colours; everything is escaped.
///
/// It reads tokens, not grammar, which is enough to colour the code a notebook shows.
enum SwiftHighlighter {
  static let keywords: Set<String> = [
    "as", "break", "case", "catch", "class", "continue", "default", "defer", "do", "else", "enum", "extension",
    "fallthrough", "false", "for", "func", "guard", "if", "import", "in", "init", "inout", "is", "let", "mutating",
    "nil", "private", "protocol", "public", "repeat", "return", "self", "Self", "static", "struct", "super", "switch",
    "throw", "throws", "true", "try", "var", "where", "while",
  ]

  /// The code as HTML.
  static func html(_ code: String) -> String {
    var html = ""
    var rest = code[...]
    while let first = rest.first {
      if rest.hasPrefix("//") {
        let comment = rest.prefix { $0 != "\n" }
        html += span("comment", comment)
        rest = rest.dropFirst(comment.count)
      } else if rest.hasPrefix("/*") {
        let end = rest.dropFirst(2).firstRange(of: "*/")?.upperBound ?? rest.endIndex
        html += span("comment", rest[..<end])
        rest = rest[end...]
      } else if first == "\"" {
        let literal = stringLiteral(rest)
        html += span("string", literal)
        rest = rest.dropFirst(literal.count)
      } else if first.isNumber {
        let number = rest.prefix { $0.isNumber || $0.isLetter || $0 == "." || $0 == "_" }
        // "1..<5" is a range, not the number "1.".
        let digits = number.firstRange(of: "..").map { number[..<$0.lowerBound] } ?? number
        html += span("number", digits)
        rest = rest.dropFirst(digits.count)
      } else if first.isLetter || first == "_" {
        let word = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        let text = String(word)
        if keywords.contains(text) {
          html += span("keyword", word)
        } else if first.isUppercase {
          html += span("type", word)
        } else {
          html += HTML.escape(word)
        }
        rest = rest.dropFirst(word.count)
      } else {
        html += HTML.escape(String(first))
        rest = rest.dropFirst()
      }
    }
    return html
  }

  /// A string literal at the start of `text`, up to its closing quote or the end of the line.
  private static func stringLiteral(_ text: Substring) -> Substring {
    var index = text.index(after: text.startIndex)
    var escaped = false
    while index < text.endIndex {
      let character = text[index]
      if character == "\n" { return text[..<index] }
      if !escaped && character == "\"" { return text[...index] }
      escaped = !escaped && character == "\\"
      index = text.index(after: index)
    }
    return text
  }

  private static func span(_ kind: String, _ text: Substring) -> String {
    "<span class=\"\(kind)\">\(HTML.escape(text))</span>"
  }
}
