/// Builds the AST of one cell from its tokens.
///
/// The parser recovers from an error by skipping to the start of the next line and carrying
/// on, so all syntax errors of a notebook are reported in one run.
struct Parser {
  private let tokens: [Token]
  private var index = 0
  /// The variable whose declaration is being parsed, kept so that it can still be declared
  /// if its initializer has a syntax error.
  private var pendingDeclaration: (isConstant: Bool, name: String, span: SourceSpan, start: SourceSpan)?
  /// Problems found so far.
  private(set) var diagnostics: [Diagnostic] = []

  /// Thrown to unwind to the nearest statement boundary; the diagnostic is already recorded.
  private struct Unwind: Error {}

  /// Creates a parser over tokens ending with `.endOfFile`.
  init(tokens: [Token]) { self.tokens = tokens }

  // cell -> statement* EOF
  /// Parses every statement of the cell.
  mutating func parseCell() -> [Stmt] {
    var statements: [Stmt] = []
    while !atEnd {
      if let statement = recoveringStatement() { statements.append(statement) }
    }
    return statements
  }

  // MARK: - Statements

  private mutating func recoveringStatement() -> Stmt? {
    let start = index
    pendingDeclaration = nil
    do {
      return try statementWithSeparator()
    } catch {
      // An error found at the first token of a later line belongs to the statement before;
      // the line itself may well be fine, so parsing resumes right there.
      if !(index > start && current.startsLine) { synchronize() }
      guard let declaration = pendingDeclaration else { return nil }
      let invalid = Expr(kind: .invalid, span: declaration.span)
      return Stmt(
        kind: .variable(isConstant: declaration.isConstant, name: declaration.name, nameSpan: declaration.span,
                        type: nil, value: invalid),
        span: declaration.start.through(declaration.span))
    }
  }

  // statement-with-separator -> statement (';' | newline | '}' | EOF)
  private mutating func statementWithSeparator() throws -> Stmt {
    let statement = try statement()
    if current.isPunctuation(";") {
      advance()
    } else if !current.startsLine && !current.isPunctuation("}") && !atEnd {
      throw error("consecutive statements on a line must be separated by ';'", at: currentErrorSpan)
    }
    return statement
  }

  // statement -> variable | if | while | for | 'break' | 'continue' | import | expression
  private mutating func statement() throws -> Stmt {
    let token = current
    switch token.kind {
    case .keyword(.let), .keyword(.var): return try variable()
    case .keyword(.if): return try ifStatement()
    case .keyword(.while): return try whileStatement()
    case .keyword(.for): return try forIn()
    case .keyword(.break):
      advance()
      return Stmt(kind: .break, span: token.span)
    case .keyword(.continue):
      advance()
      return Stmt(kind: .continue, span: token.span)
    case .keyword(.import):
      advance()
      let (name, span) = try identifier("after 'import'")
      return Stmt(kind: .import(name), span: token.span.through(span))
    default:
      let expression = try expression()
      return Stmt(kind: .expression(expression), span: expression.span)
    }
  }

  // variable -> ('let' | 'var') IDENTIFIER (':' type)? ('=' expression)?
  private mutating func variable() throws -> Stmt {
    let keyword = advance()
    let isConstant = keyword.isKeyword(.let)
    let (name, nameSpan) = try identifier("in declaration")
    pendingDeclaration = (isConstant, name, nameSpan, keyword.span)
    var type: TypeExpr?
    if current.isPunctuation(":") {
      advance()
      type = try typeExpr()
    }
    var value: Expr?
    if current.isOperator("=") {
      advance()
      value = try expression()
    } else if type == nil {
      throw error("type annotation missing in pattern", at: nameSpan)
    }
    let end = value?.span ?? nameSpan
    return Stmt(
      kind: .variable(isConstant: isConstant, name: name, nameSpan: nameSpan, type: type, value: value),
      span: keyword.span.through(end))
  }

  // if -> 'if' expression block ('else' (if | block))?
  private mutating func ifStatement() throws -> Stmt {
    let keyword = advance()
    let condition = try expression()
    let (thenBody, thenEnd) = try block()
    var elseBody: [Stmt]?
    var end = thenEnd
    if current.isKeyword(.else) {
      advance()
      if current.isKeyword(.if) {
        let nested = try ifStatement()
        elseBody = [nested]
        end = nested.span
      } else {
        let (body, span) = try block()
        elseBody = body
        end = span
      }
    }
    return Stmt(kind: .if(condition: condition, then: thenBody, else: elseBody), span: keyword.span.through(end))
  }

  // while -> 'while' expression block
  private mutating func whileStatement() throws -> Stmt {
    let keyword = advance()
    let condition = try expression()
    let (body, end) = try block()
    return Stmt(kind: .while(condition: condition, body: body), span: keyword.span.through(end))
  }

  // for -> 'for' (IDENTIFIER | '_') 'in' expression block
  private mutating func forIn() throws -> Stmt {
    let keyword = advance()
    let nameToken = current
    var name: String?
    switch nameToken.kind {
    case .identifier(let text): name = text
    case .keyword(.underscore): name = nil
    default: throw error("expected a loop variable after 'for', found \(nameToken.displayText)", at: nameToken.span)
    }
    advance()
    try expect(.keyword(.in), "expected 'in' after the loop variable")
    let sequence = try expression()
    let (body, end) = try block()
    return Stmt(
      kind: .forIn(name: name, nameSpan: nameToken.span, sequence: sequence, body: body),
      span: keyword.span.through(end))
  }

  // block -> '{' statement* '}'
  private mutating func block() throws -> ([Stmt], SourceSpan) {
    guard current.isPunctuation("{") else {
      throw error("expected '{', found \(current.displayText)", at: currentErrorSpan)
    }
    advance()
    var body: [Stmt] = []
    while !current.isPunctuation("}") {
      if atEnd { throw error("expected '}' to close the block", at: currentErrorSpan) }
      if let statement = recoveringStatement() { body.append(statement) }
    }
    let close = advance()
    return (body, close.span)
  }

  // type -> IDENTIFIER | '[' type ']' | '[' type ':' type ']' ; then '?'*
  private mutating func typeExpr() throws -> TypeExpr {
    var type: TypeExpr
    if current.isPunctuation("[") {
      advance()
      let element = try typeExpr()
      if current.isPunctuation(":") {
        advance()
        let value = try typeExpr()
        type = .dictionary(element, value)
      } else {
        type = .array(element)
      }
      try expect(.punctuation("]"), "expected ']' to close the type")
    } else {
      let (name, _) = try identifier("as a type name")
      type = .named(name)
    }
    while current.isOperator("?") && !current.spaceBefore {
      advance()
      type = .optional(type)
    }
    return type
  }

  // MARK: - Expressions

  // expression -> binary(0)
  mutating func expression() throws -> Expr {
    try binary(minimumLevel: 0)
  }

  // binary -> prefix (INFIX-OPERATOR prefix)*, grouped by the precedence table
  private mutating func binary(minimumLevel: Int) throws -> Expr {
    var lhs = try prefix()
    var lastNonAssociative: PrecedenceGroup?
    while case .operator(let op) = current.kind, !current.startsLine,
      let group = PrecedenceGroup.infix[op], group.level >= minimumLevel
    {
      let token = current
      guard token.spaceBefore == token.spaceAfter else {
        throw error(
          "'\(op)' needs whitespace on both sides or on neither to be a binary operator", at: token.span)
      }
      if let previous = lastNonAssociative, previous.level == group.level {
        throw error("adjacent operators are in non-associative precedence group '\(group.name)'", at: token.span)
      }
      advance()
      let nextLevel = group.associativity == .right ? group.level : group.level + 1
      let rhs = try binary(minimumLevel: nextLevel)
      let span = lhs.span.through(rhs.span)
      if group.level == PrecedenceGroup.assignment.level {
        let compound = op == "=" ? nil : String(op.dropLast())
        lhs = Expr(kind: .assign(op: compound, opSpan: token.span, target: lhs, value: rhs), span: span)
      } else {
        lhs = Expr(kind: .binary(op: op, opSpan: token.span, lhs: lhs, rhs: rhs), span: span)
      }
      lastNonAssociative = group.associativity == .none ? group : nil
    }
    return lhs
  }

  // prefix -> PREFIX-OPERATOR prefix | postfix
  private mutating func prefix() throws -> Expr {
    if case .operator(let op) = current.kind, PrecedenceGroup.prefix.contains(op) {
      let token = advance()
      guard !token.spaceAfter else {
        throw error("unary operator '\(op)' cannot be separated from its operand", at: token.span)
      }
      let operand = try prefix()
      return Expr(kind: .prefix(op: op, opSpan: token.span, operand: operand), span: token.span.through(operand.span))
    }
    return try postfix()
  }

  // postfix -> primary ('(' arguments ')' | '[' arguments ']' | '.' IDENTIFIER)*
  private mutating func postfix() throws -> Expr {
    var expr = try primary()
    while true {
      if current.isPunctuation("(") && !current.startsLine {
        advance()
        let (arguments, close) = try arguments(closing: ")")
        expr = Expr(kind: .call(callee: expr, arguments: arguments), span: expr.span.through(close))
      } else if current.isPunctuation("[") && !current.startsLine {
        advance()
        let (arguments, close) = try arguments(closing: "]")
        expr = Expr(kind: .subscript(base: expr, arguments: arguments), span: expr.span.through(close))
      } else if current.isPunctuation(".") {
        advance()
        let (name, span) = try memberName()
        expr = Expr(kind: .member(base: expr, name: name), span: expr.span.through(span))
      } else {
        return expr
      }
    }
  }

  // arguments -> (argument (',' argument)*)? CLOSING ; argument -> (IDENTIFIER ':')? expression
  private mutating func arguments(closing: Character) throws -> ([CallArgument], SourceSpan) {
    var arguments: [CallArgument] = []
    while !current.isPunctuation(closing) {
      var label: String?
      let start = current.span
      if case .identifier(let name) = current.kind, peek.isPunctuation(":") {
        label = name
        advance()
        advance()
      } else if case .keyword(let keyword) = current.kind, peek.isPunctuation(":") {
        // Keywords such as `in` or `default` are valid argument labels.
        label = keyword.rawValue
        advance()
        advance()
      }
      let value = try expression()
      arguments.append(CallArgument(label: label, value: value, span: start.through(value.span)))
      if current.isPunctuation(",") {
        advance()
      } else if !current.isPunctuation(closing) {
        throw error("expected ',' or '\(closing)' in argument list, found \(current.displayText)", at: currentErrorSpan)
      }
    }
    let close = advance()
    return (arguments, close.span)
  }

  // primary -> literal | IDENTIFIER | '(' expression ')' | '[' (expression (',' expression)*)? ']'
  private mutating func primary() throws -> Expr {
    let token = current
    switch token.kind {
    case .integer(let value):
      advance()
      return Expr(kind: .integer(value), span: token.span)
    case .float(let value):
      advance()
      return Expr(kind: .float(value), span: token.span)
    case .string(let segments):
      advance()
      return Expr(kind: .string(try interpolationParts(segments)), span: token.span)
    case .keyword(.true), .keyword(.false):
      advance()
      return Expr(kind: .bool(token.isKeyword(.true)), span: token.span)
    case .keyword(.nil):
      advance()
      return Expr(kind: .nil, span: token.span)
    case .identifier(let name):
      advance()
      return Expr(kind: .identifier(name), span: token.span)
    case .punctuation("("):
      advance()
      let inner = try expression()
      let close = try expect(.punctuation(")"), "expected ')' to close the parenthesis")
      return Expr(kind: .paren(inner), span: token.span.through(close.span))
    case .punctuation("["):
      advance()
      var elements: [Expr] = []
      while !current.isPunctuation("]") {
        elements.append(try expression())
        if current.isPunctuation(",") {
          advance()
        } else if !current.isPunctuation("]") {
          throw error("expected ',' or ']' in array literal, found \(current.displayText)", at: currentErrorSpan)
        }
      }
      let close = advance()
      return Expr(kind: .array(elements), span: token.span.through(close.span))
    default:
      throw error("expected an expression, found \(token.displayText)", at: currentErrorSpan)
    }
  }

  /// Parses the token lists of a string's interpolations as expressions.
  private mutating func interpolationParts(_ segments: [StringSegment]) throws -> [InterpolationPart] {
    try segments.map { segment in
      switch segment {
      case .text(let text):
        return .text(text)
      case .interpolation(let tokens, let span):
        var inner = Parser(tokens: tokens)
        guard !inner.atEnd else { throw error("expected an expression in string interpolation", at: span) }
        let expr = try? inner.expression()
        diagnostics.append(contentsOf: inner.diagnostics)
        guard let expr else { throw Unwind() }
        guard inner.atEnd else {
          throw error("expected ')' to end the interpolation, found \(inner.current.displayText)", at: inner.currentErrorSpan)
        }
        return .expr(expr)
      }
    }
  }

  // MARK: - Token helpers

  private var current: Token { tokens[index] }

  /// Where an error about the current token is reported. When the token starts a new line,
  /// what is missing belongs at the end of the previous line, so the caret goes there.
  private var currentErrorSpan: SourceSpan {
    guard current.startsLine, index > 0 else { return current.span }
    let end = tokens[index - 1].span.end
    return SourceSpan(file: current.span.file, start: end, end: end)
  }
  private var peek: Token { tokens[min(index + 1, tokens.count - 1)] }
  private var atEnd: Bool {
    if case .endOfFile = current.kind { return true }
    return false
  }

  @discardableResult
  private mutating func advance() -> Token {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  @discardableResult
  private mutating func expect(_ kind: Token.Kind, _ message: String) throws -> Token {
    let matches: Bool
    switch (kind, current.kind) {
    case (.punctuation(let a), .punctuation(let b)): matches = a == b
    case (.keyword(let a), .keyword(let b)): matches = a == b
    default: matches = false
    }
    guard matches else { throw error("\(message), found \(current.displayText)", at: currentErrorSpan) }
    return advance()
  }

  private mutating func identifier(_ context: String) throws -> (String, SourceSpan) {
    guard case .identifier(let name) = current.kind else {
      throw error("expected a name \(context), found \(current.displayText)", at: currentErrorSpan)
    }
    return (name, advance().span)
  }

  /// A member name may be a keyword, as in `x.self` or `t.init`.
  private mutating func memberName() throws -> (String, SourceSpan) {
    switch current.kind {
    case .identifier(let name): return (name, advance().span)
    case .keyword(let keyword): return (keyword.rawValue, advance().span)
    case .integer(let value): return (String(value), advance().span)
    default: throw error("expected a member name after '.', found \(current.displayText)", at: currentErrorSpan)
    }
  }

  private mutating func error(_ message: String, at span: SourceSpan) -> Unwind {
    diagnostics.append(Diagnostic(.syntax, message, at: span))
    return Unwind()
  }

  /// Skips to a token that can start a statement: the start of a line, after a ';', or a '}'.
  private mutating func synchronize() {
    if !atEnd { advance() }
    while !atEnd && !current.startsLine && !current.isPunctuation("}") {
      if current.isPunctuation(";") {
        advance()
        return
      }
      advance()
    }
  }
}
