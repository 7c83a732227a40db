extension Parser {
  // type -> ( IDENTIFIER ('<' type (',' type)* '>')? | '[' type (':' type)? ']' | '(' (type (',' type)*)? ')' ('->' type)? ) '?'*
  mutating func typeExpr() throws -> TypeExpr {
    // `@escaping` and `@Sendable` change nothing for an interpreter.
    while current.isPunctuation("@"), case .identifier = peek.kind {
      advance()
      advance()
    }
    var type: TypeExpr
    if current.isPunctuation("[") {
      advance()
      let element = try typeExpr()
      if current.isPunctuation(":") {
        advance()
        type = .dictionary(element, try typeExpr())
      } else {
        type = .array(element)
      }
      try expect(.punctuation("]"), "expected ']' to close the type")
    } else if current.isPunctuation("(") {
      advance()
      var elements: [TypeExpr] = []
      var labels: [String?] = []
      while !current.isPunctuation(")") {
        // Labels of tuple elements are kept; parameter names in function types are dropped.
        var label: String?
        if case .identifier(let name) = current.kind, peek.isPunctuation(":") {
          label = name
          advance()
          advance()
        } else if current.isKeyword(.underscore), case .identifier = peek.kind {
          advance()
          advance()
          advance()
        }
        labels.append(label)
        elements.append(try typeExpr())
        if !current.isPunctuation(")") { try expect(.punctuation(","), "expected ',' or ')' in the type") }
      }
      advance()
      if current.isKeyword(.throws) { advance() }
      if current.isOperator("->") {
        advance()
        type = .function(elements, try typeExpr())
      } else {
        type = elements.count == 1 && labels[0] == nil ? elements[0] : .tuple(elements, labels: labels)
      }
    } else {
      let name: String
      if current.isKeyword(.Self) {
        advance()
        name = "Self"
      } else {
        name = try identifier("as a type name").0
      }
      type = .named(name)
      if current.isOperator("<") && !current.spaceBefore {
        type = try genericArguments(of: name)
      }
    }
    while current.isOperator("?") && !current.spaceBefore {
      advance()
      type = .optional(type)
    }
    // `Int!` (implicitly unwrapped) is spelled `Int?` here.
    if current.isOperator("!") && !current.spaceBefore {
      advance()
      type = .optional(type)
    }
    return type
  }

  /// `Array<Int>`, `Dictionary<String, Int>`, `Optional<Int>`.
  private mutating func genericArguments(of name: String) throws -> TypeExpr {
    advance()
    var arguments: [TypeExpr] = []
    repeat { arguments.append(try typeExpr()) } while current.isPunctuation(",") && advance().isPunctuation(",")
    // `>>` closes two generic lists at once; the lexer munches it as one operator.
    guard current.isOperator(">") else { throw error("expected '>' to close the generic arguments", at: currentErrorSpan) }
    advance()
    switch (name, arguments.count) {
    case ("Array", 1): return .array(arguments[0])
    case ("Optional", 1): return .optional(arguments[0])
    case ("Dictionary", 2): return .dictionary(arguments[0], arguments[1])
    default: throw error("generic type '\(name)' is not supported", at: previous.span)
    }
  }

  // pattern -> '_' | ('let' | 'var') pattern | '(' pattern (',' pattern)* ')'
  //          | '.' NAME ('(' pattern (',' pattern)* ')')? | TYPE '.' NAME ('(' … ')')?
  //          | IDENTIFIER (in a binding pattern) | expression
  mutating func pattern(binding: Bool = false) throws -> Pattern {
    let start = current.span
    let inner = try patternWithoutCast(binding: binding)
    if current.isKeyword(.as) && binding {
      advance()
      return .cast(inner, try typeExpr(), start.through(previous.span))
    }
    return inner
  }

  private mutating func patternWithoutCast(binding: Bool) throws -> Pattern {
    let token = current
    if token.isKeyword(.is) {
      advance()
      return .isType(try typeExpr(), token.span.through(previous.span))
    }
    switch token.kind {
    case .keyword(.underscore):
      advance()
      return .wildcard
    case .keyword(.let), .keyword(.var):
      advance()
      return try pattern(binding: true)
    case .punctuation("("):
      advance()
      var elements: [Pattern] = []
      while !current.isPunctuation(")") {
        // Labels in tuple patterns are accepted and ignored.
        if case .identifier = current.kind, peek.isPunctuation(":") {
          advance()
          advance()
        }
        elements.append(try pattern(binding: binding))
        if !current.isPunctuation(")") { try expect(.punctuation(","), "expected ',' or ')' in the pattern") }
      }
      advance()
      return elements.count == 1 ? elements[0] : .tuple(elements)
    case .punctuation("."):
      advance()
      let (name, span) = try memberName()
      return .enumCase(type: nil, name: name, arguments: try patternArguments(binding: binding), span: token.span.through(span))
    case .identifier(let name):
      if binding {
        advance()
        return .binding(name: name, span: token.span)
      }
      // `Shape.circle(let r)`: a qualified enum case with sub-patterns.
      if peek.isPunctuation("."), case .identifier(let member) = tokens[min(index + 2, tokens.count - 1)].kind,
        name.first?.isUppercase == true
      {
        advance()
        advance()
        let memberToken = advance()
        let arguments = try patternArguments(binding: binding)
        return .enumCase(type: name, name: member, arguments: arguments, span: token.span.through(memberToken.span))
      }
      return .expression(try expression())
    default:
      return .expression(try expression())
    }
  }

  private mutating func patternArguments(binding: Bool) throws -> [Pattern]? {
    guard current.isPunctuation("(") && !current.spaceBefore else { return nil }
    advance()
    var arguments: [Pattern] = []
    while !current.isPunctuation(")") {
      if case .identifier = current.kind, peek.isPunctuation(":") {
        advance()
        advance()
      }
      arguments.append(try pattern(binding: binding))
      if !current.isPunctuation(")") { try expect(.punctuation(","), "expected ',' or ')' in the pattern") }
    }
    advance()
    return arguments
  }
}
