/// Builds the AST of one cell from its tokens.
///
/// The parser recovers from an error by skipping to the start of the next line and carrying
/// on, so all syntax errors of a notebook are reported in one run.
struct Parser {
  let tokens: [Token]
  var index = 0
  /// Problems found so far.
  var diagnostics: [Diagnostic] = []
  /// False while parsing the condition of `if`, `while`, `guard`, `for` or `switch`, where a
  /// `{` opens the body rather than a trailing closure.
  var allowsTrailingClosure = true
  /// How deeply expressions and blocks are nested where the parser stands.
  var depth = 0
  /// The deepest nesting accepted; far beyond what anyone writes, well within the stack.
  static let maximumDepth = 256
  /// The most anonymous closure arguments, `$0` to `$255`: a closure using `$n` takes n + 1
  /// parameters, and `$100000000` must not make a hundred million.
  static let maximumAnonymousArguments = 256
  /// The variable whose declaration is being parsed, kept so that it can still be declared
  /// if its initializer has a syntax error.
  private var pendingDeclaration: (isConstant: Bool, name: String, span: SourceSpan, start: SourceSpan)?

  /// Thrown to unwind to the nearest statement boundary; the diagnostic is already recorded.
  struct Unwind: Error {}

  /// Creates a parser over tokens ending with `.endOfFile`.
  init(tokens: [Token]) { self.tokens = tokens }

  // cell -> statement* EOF
  /// Parses every statement of the cell.
  mutating func parseCell() -> [Stmt] {
    var statements: [Stmt] = []
    while !atEnd {
      if current.isPunctuation("}") {
        _ = error("unexpected '}' with no block to close", at: current.span)
        advance()
        continue
      }
      statements.append(contentsOf: recoveringStatements())
    }
    return statements
  }

  /// One statement, or several for `let a = 1, b = 2`, which declares each name in turn.
  mutating func recoveringStatements() -> [Stmt] {
    guard let first = recoveringStatement() else { return [] }
    var statements = [first]
    while case .variable(let isConstant, _, _, _) = statements[statements.count - 1].kind, current.isPunctuation(","),
      !current.startsLine
    {
      advance()
      pendingDeclaration = nil
      do {
        statements.append(try binding(isConstant: isConstant, start: current.span))
      } catch {
        synchronize()
        break
      }
    }
    if current.isPunctuation(";") { advance() }
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
        kind: .variable(isConstant: declaration.isConstant, pattern: .name(declaration.name, declaration.span),
                        type: nil, value: invalid),
        span: declaration.start.through(declaration.span))
    }
  }

  // statement-with-separator -> statement (';' | newline | '}' | EOF)
  private mutating func statementWithSeparator() throws -> Stmt {
    let statement = try statement()
    if current.isPunctuation(";") {
      advance()
    } else if !current.startsLine && !current.isPunctuation("}") && !atEnd && !isDeclarationContinuation(statement) {
      throw error("consecutive statements on a line must be separated by ';'", at: currentErrorSpan)
    }
    return statement
  }

  /// Whether a `,` after this statement continues a `let a = 1, b = 2` declaration.
  private func isDeclarationContinuation(_ statement: Stmt) -> Bool {
    if case .variable = statement.kind { return current.isPunctuation(",") }
    return false
  }

  // statement -> label? (declaration | if | guard | while | repeat | for | switch | do
  //            | return | break | continue | throw | import | expression)
  mutating func statement() throws -> Stmt {
    let token = current
    if case .identifier(let label) = token.kind, peek.isPunctuation(":"),
      [Keyword.for, .while, .repeat, .switch].contains(where: { tokens[min(index + 2, tokens.count - 1)].isKeyword($0) })
    {
      advance()
      advance()
      return try loop(label: label, start: token.span)
    }
    switch token.kind {
    case .keyword(.let), .keyword(.var): return try variable()
    case .keyword(.func): return Stmt(kind: .function(try function(modifiers: [])), span: token.span)
    case .keyword(.struct), .keyword(.class), .keyword(.enum): return Stmt(kind: .type(try typeDecl()), span: token.span)
    case .keyword(.static), .keyword(.private), .keyword(.fileprivate), .keyword(.public), .keyword(.internal),
      .keyword(.final):
      return try modifiedDeclaration()
    case .keyword(.extension), .keyword(.protocol):
      throw error("'\(token.displayText.dropFirst().dropLast())' declarations are not supported in cells yet", at: token.span)
    case .keyword(.if): return try ifStatement()
    case .keyword(.guard): return try guardStatement()
    case .keyword(.while), .keyword(.repeat), .keyword(.for), .keyword(.switch): return try loop(label: nil, start: token.span)
    case .keyword(.do): return try doStatement()
    case .keyword(.return):
      advance()
      if current.startsLine || current.isPunctuation("}") || current.isPunctuation(";") || atEnd {
        return Stmt(kind: .return(nil), span: token.span)
      }
      let value = try expression()
      return Stmt(kind: .return(value), span: token.span.through(value.span))
    case .keyword(.break), .keyword(.continue):
      advance()
      var label: String?
      var span = token.span
      if case .identifier(let name) = current.kind, !current.startsLine {
        label = name
        span = span.through(advance().span)
      }
      return Stmt(kind: token.isKeyword(.break) ? .break(label: label) : .continue(label: label), span: span)
    case .keyword(.throw):
      advance()
      let value = try expression()
      return Stmt(kind: .throw(value), span: token.span.through(value.span))
    case .keyword(.import):
      advance()
      let (name, span) = try identifier("after 'import'")
      return Stmt(kind: .import(name), span: token.span.through(span))
    default:
      let expression = try expression()
      return Stmt(kind: .expression(expression), span: expression.span)
    }
  }

  /// `while`, `repeat`, `for` and `switch`, which may carry a label.
  private mutating func loop(label: String?, start: SourceSpan) throws -> Stmt {
    switch current.kind {
    case .keyword(.while): return try whileStatement(label: label, start: start)
    case .keyword(.repeat): return try repeatStatement(label: label, start: start)
    case .keyword(.for): return try forIn(label: label, start: start)
    default: return try switchStatement(start: start)
    }
  }

  // variable -> ('let' | 'var') binding-pattern (':' type)? ('=' expression)?
  mutating func variable() throws -> Stmt {
    let keyword = advance()
    return try binding(isConstant: keyword.isKeyword(.let), start: keyword.span)
  }

  // binding -> binding-pattern (':' type)? ('=' expression)?
  /// One binding of a `let` or `var`, which may declare several: `let a = 1, b = 2`.
  private mutating func binding(isConstant: Bool, start: SourceSpan) throws -> Stmt {
    let pattern = try bindingPattern()
    if case .name(let name, let span) = pattern { pendingDeclaration = (isConstant, name, span, start) }
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
      throw error("type annotation missing in pattern", at: start)
    }
    return Stmt(
      kind: .variable(isConstant: isConstant, pattern: pattern, type: type, value: value),
      span: start.through(value?.span ?? previous.span))
  }

  // binding-pattern -> IDENTIFIER | '_' | '(' binding-pattern (',' binding-pattern)* ')'
  mutating func bindingPattern() throws -> BindingPattern {
    switch current.kind {
    case .identifier(let name):
      return .name(name, advance().span)
    case .keyword(.underscore):
      advance()
      return .wildcard
    case .punctuation("("):
      advance()
      var elements: [BindingPattern] = []
      while !current.isPunctuation(")") {
        elements.append(try bindingPattern())
        if !current.isPunctuation(")") { try expect(.punctuation(","), "expected ',' or ')' in tuple pattern") }
      }
      advance()
      return .tuple(elements)
    default:
      throw error("expected a name or a tuple pattern, found \(current.displayText)", at: currentErrorSpan)
    }
  }

  // if -> 'if' conditions block ('else' (if | block))?
  private mutating func ifStatement() throws -> Stmt {
    let keyword = advance()
    let conditions = try conditionList()
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
    return Stmt(kind: .if(conditions: conditions, then: thenBody, else: elseBody), span: keyword.span.through(end))
  }

  // guard -> 'guard' conditions 'else' block
  private mutating func guardStatement() throws -> Stmt {
    let keyword = advance()
    let conditions = try conditionList()
    try expect(.keyword(.else), "expected 'else' after 'guard' condition")
    let (body, end) = try block()
    return Stmt(kind: .guard(conditions: conditions, else: body), span: keyword.span.through(end))
  }

  // conditions -> condition (',' condition)*
  // condition -> ('let' | 'var') IDENTIFIER ('=' expression)? | 'case' pattern '=' expression | expression
  private mutating func conditionList() throws -> [Condition] {
    let saved = allowsTrailingClosure
    allowsTrailingClosure = false
    defer { allowsTrailingClosure = saved }
    var conditions: [Condition] = []
    repeat {
      if current.isKeyword(.let) || current.isKeyword(.var) {
        let isConstant = advance().isKeyword(.let)
        let (name, span) = try identifier("in optional binding")
        var value: Expr?
        if current.isOperator("=") {
          advance()
          value = try expression()
        }
        conditions.append(.optionalBinding(isConstant: isConstant, name: name, nameSpan: span, value: value))
      } else if current.isKeyword(.case) {
        advance()
        let pattern = try self.pattern()
        guard current.isOperator("=") else { throw error("expected '=' after the pattern", at: currentErrorSpan) }
        advance()
        conditions.append(.patternMatch(pattern, try expression()))
      } else {
        conditions.append(.expression(try expression()))
      }
    } while current.isPunctuation(",") && advance().isPunctuation(",")
    return conditions
  }

  // while -> 'while' conditions block
  private mutating func whileStatement(label: String?, start: SourceSpan) throws -> Stmt {
    advance()
    let conditions = try conditionList()
    let (body, end) = try block()
    return Stmt(kind: .while(label: label, conditions: conditions, body: body), span: start.through(end))
  }

  // repeat -> 'repeat' block 'while' expression
  private mutating func repeatStatement(label: String?, start: SourceSpan) throws -> Stmt {
    advance()
    let (body, _) = try block()
    try expect(.keyword(.while), "expected 'while' after 'repeat' body")
    let condition = try expression()
    return Stmt(kind: .repeatWhile(label: label, body: body, condition: condition), span: start.through(condition.span))
  }

  // for -> 'for' binding-pattern 'in' expression ('where' expression)? block
  private mutating func forIn(label: String?, start: SourceSpan) throws -> Stmt {
    advance()
    if current.isKeyword(.case) {
      throw error("'for case' loops are not supported yet; use 'for x in …' with an 'if case' inside", at: current.span)
    }
    let pattern = try bindingPattern()
    try expect(.keyword(.in), "expected 'in' after the loop variable")
    let saved = allowsTrailingClosure
    allowsTrailingClosure = false
    let sequence = try expression()
    var whereClause: Expr?
    if current.isKeyword(.where) {
      advance()
      whereClause = try expression()
    }
    allowsTrailingClosure = saved
    let (body, end) = try block()
    return Stmt(
      kind: .forIn(label: label, pattern: pattern, sequence: sequence, where: whereClause, body: body),
      span: start.through(end))
  }

  // switch -> 'switch' expression '{' (('case' pattern (',' pattern)* ('where' expression)? | 'default') ':' statement*)* '}'
  private mutating func switchStatement(start: SourceSpan) throws -> Stmt {
    advance()
    let saved = allowsTrailingClosure
    allowsTrailingClosure = false
    let subject = try expression()
    allowsTrailingClosure = saved
    try expect(.punctuation("{"), "expected '{' after the switch subject")
    var cases: [SwitchCase] = []
    while !current.isPunctuation("}") {
      if atEnd { throw error("expected '}' to close the switch", at: currentErrorSpan) }
      let label = current
      var patterns: [Pattern] = []
      var guardExpr: Expr?
      if label.isKeyword(.default) {
        advance()
      } else if label.isKeyword(.case) {
        advance()
        do {
          repeat { patterns.append(try pattern()) } while current.isPunctuation(",") && advance().isPunctuation(",")
          if current.isKeyword(.where) {
            advance()
            guardExpr = try expression()
          }
        } catch {
          // Skip the bad label and keep parsing the case's body and the cases after it.
          while !atEnd && !current.isPunctuation(":") && !current.startsLine { advance() }
          patterns = [.wildcard]
        }
      } else {
        throw error("expected 'case' or 'default' in switch, found \(label.displayText)", at: label.span)
      }
      try expect(.punctuation(":"), "expected ':' after the case")
      var body: [Stmt] = []
      while !current.isKeyword(.case) && !current.isKeyword(.default) && !current.isPunctuation("}") && !atEnd {
        body.append(contentsOf: recoveringStatements())
      }
      if body.isEmpty {
        // Reported, but the switch goes on being parsed.
        _ = error("'\(patterns.isEmpty ? "default" : "case")' label in a 'switch' must have at least one executable statement", at: label.span)
      }
      cases.append(SwitchCase(patterns: patterns, guardExpr: guardExpr, body: body, span: label.span))
    }
    let close = advance()
    return Stmt(kind: .switch(subject: subject, cases: cases), span: start.through(close.span))
  }

  // do -> 'do' block ('catch' (pattern | 'let' IDENTIFIER 'as' type)? block)*
  private mutating func doStatement() throws -> Stmt {
    let keyword = advance()
    let (body, bodyEnd) = try block()
    var catches: [CatchClause] = []
    var end = bodyEnd
    while current.isKeyword(.catch) {
      let clauseStart = advance().span
      var pattern: Pattern?
      var castType: TypeExpr?
      var guardExpr: Expr?
      if !current.isPunctuation("{") {
        let saved = allowsTrailingClosure
        allowsTrailingClosure = false
        pattern = try self.pattern()
        if current.isKeyword(.as) {
          advance()
          castType = try typeExpr()
        }
        if current.isKeyword(.where) {
          advance()
          guardExpr = try expression()
        }
        allowsTrailingClosure = saved
      }
      let (clauseBody, clauseEnd) = try block()
      catches.append(CatchClause(pattern: pattern, castType: castType, guardExpr: guardExpr, body: clauseBody, span: clauseStart))
      end = clauseEnd
    }
    return Stmt(kind: .do(body: body, catches: catches), span: keyword.span.through(end))
  }

  // block -> '{' statement* '}'
  mutating func block() throws -> ([Stmt], SourceSpan) {
    guard current.isPunctuation("{") else {
      throw error("expected '{', found \(current.displayText)", at: currentErrorSpan)
    }
    try enterNesting()
    defer { depth -= 1 }
    advance()
    let saved = allowsTrailingClosure
    allowsTrailingClosure = true
    defer { allowsTrailingClosure = saved }
    var body: [Stmt] = []
    while !current.isPunctuation("}") {
      if atEnd { throw error("expected '}' to close the block", at: currentErrorSpan) }
      body.append(contentsOf: recoveringStatements())
    }
    let close = advance()
    return (body, close.span)
  }

  // MARK: - Token helpers

  var current: Token { tokens[index] }
  var peek: Token { tokens[min(index + 1, tokens.count - 1)] }
  var previous: Token { tokens[max(index - 1, 0)] }
  var atEnd: Bool {
    if case .endOfFile = current.kind { return true }
    return false
  }

  /// Where an error about the current token is reported. When the token starts a new line,
  /// what is missing belongs at the end of the previous line, so the caret goes there.
  var currentErrorSpan: SourceSpan {
    guard current.startsLine, index > 0 else { return current.span }
    let end = tokens[index - 1].span.end
    return SourceSpan(file: current.span.file, start: end, end: end)
  }

  @discardableResult
  mutating func advance() -> Token {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  @discardableResult
  mutating func expect(_ kind: Token.Kind, _ message: String) throws -> Token {
    let matches: Bool
    switch (kind, current.kind) {
    case (.punctuation(let a), .punctuation(let b)): matches = a == b
    case (.keyword(let a), .keyword(let b)): matches = a == b
    default: matches = false
    }
    guard matches else { throw error("\(message), found \(current.displayText)", at: currentErrorSpan) }
    return advance()
  }

  mutating func identifier(_ context: String) throws -> (String, SourceSpan) {
    guard case .identifier(let name) = current.kind else {
      throw error("expected a name \(context), found \(current.displayText)", at: currentErrorSpan)
    }
    return (name, advance().span)
  }

  mutating func error(_ message: String, at span: SourceSpan) -> Unwind {
    diagnostics.append(Diagnostic(.syntax, message, at: span))
    return Unwind()
  }

  /// Counts one more level of nesting, refusing code nested deeper than `maximumDepth`.
  mutating func enterNesting() throws {
    depth += 1
    guard depth <= Parser.maximumDepth else {
      throw error("code is nested too deeply (more than \(Parser.maximumDepth) levels); split it up", at: current.span)
    }
  }

  /// Tries a parse and rewinds, forgetting its errors, if it fails.
  mutating func speculate<T>(_ body: (inout Parser) throws -> T) -> T? {
    let savedIndex = index
    let savedDiagnostics = diagnostics.count
    do {
      return try body(&self)
    } catch {
      index = savedIndex
      diagnostics.removeSubrange(savedDiagnostics...)
      return nil
    }
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
