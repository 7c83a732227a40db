extension Parser {
  // expression -> binary(0)
  mutating func expression() throws -> Expr {
    try enterNesting()
    defer { depth -= 1 }
    return try binary(minimumLevel: 0)
  }

  // binary -> prefix (INFIX-OPERATOR prefix | '?' expression ':' binary | CAST type)*,
  //           grouped by the precedence table
  private mutating func binary(minimumLevel: Int) throws -> Expr {
    var lhs = try prefixExpression()
    var lastNonAssociative: PrecedenceGroup?
    while !current.startsLine || continuesOnNextLine {
      let token = current
      // Casts: `x as T`, `x as? T`, `x as! T`, `x is T`.
      if (token.isKeyword(.as) || token.isKeyword(.is)) && PrecedenceGroup.casting.level >= minimumLevel {
        advance()
        var kind: CastKind = token.isKeyword(.is) ? .is : .as
        if token.isKeyword(.as), case .operator(let mark) = current.kind, !current.spaceBefore, mark == "?" || mark == "!" {
          advance()
          kind = mark == "?" ? .conditional : .forced
        }
        let type = try typeExpr()
        lhs = Expr(kind: .cast(lhs, kind, type), span: lhs.span.through(previous.span))
        continue
      }
      guard case .operator(let op) = token.kind else { break }
      // `xs[2...]`: a range with no upper bound.
      if op == "..." && !token.spaceBefore && (peek.isPunctuation("]") || peek.isPunctuation(")") || peek.isPunctuation(",") || peek.isPunctuation(":")) {
        advance()
        lhs = Expr(kind: .oneSidedRange(lower: lhs, upper: nil, isClosed: true), span: lhs.span.through(token.span))
        continue
      }
      // The ternary conditional: `condition ? a : b`.
      if op == "?" && token.spaceBefore {
        guard PrecedenceGroup.ternary.level >= minimumLevel else { break }
        advance()
        let thenExpr = try binary(minimumLevel: PrecedenceGroup.ternary.level)
        try expect(.punctuation(":"), "expected ':' after '? …' in ternary expression")
        let elseExpr = try binary(minimumLevel: PrecedenceGroup.ternary.level)
        lhs = Expr(kind: .ternary(condition: lhs, then: thenExpr, else: elseExpr), span: lhs.span.through(elseExpr.span))
        continue
      }
      guard let group = PrecedenceGroup.infix[op], group.level >= minimumLevel else { break }
      guard token.spaceBefore == token.spaceAfter else {
        throw error("'\(op)' needs whitespace on both sides or on neither to be a binary operator", at: token.span)
      }
      if let previousGroup = lastNonAssociative, previousGroup.level == group.level {
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

  /// A binary operator at the start of a line continues the expression above, as in
  ///
  ///     let total = a
  ///       + b
  ///
  /// but only when it is followed by whitespace (a prefix operator starts a new statement).
  private var continuesOnNextLine: Bool {
    guard case .operator(let op) = current.kind, PrecedenceGroup.infix[op] != nil || op == "?" else { return false }
    return current.spaceAfter && op != "="
  }

  // prefix -> ('try' | 'try?' | 'try!') prefix | '&' postfix | PREFIX-OPERATOR prefix | postfix
  mutating func prefixExpression() throws -> Expr {
    let token = current
    if token.isKeyword(.try) {
      advance()
      var kind = TryKind.plain
      if case .operator(let mark) = current.kind, !current.spaceBefore, mark == "?" || mark == "!" {
        advance()
        kind = mark == "?" ? .optional : .forced
      }
      let operand = try binary(minimumLevel: PrecedenceGroup.ternary.level + 1)
      return Expr(kind: .try(operand, kind), span: token.span.through(operand.span))
    }
    if case .operator(let op) = token.kind, !(peek.isPunctuation(")") || peek.isPunctuation(",")) {
      if (op == "..<" || op == "...") && !token.spaceAfter {
        advance()
        let upper = try prefixExpression()
        return Expr(kind: .oneSidedRange(lower: nil, upper: upper, isClosed: op == "..."), span: token.span.through(upper.span))
      }
      if op == "&" {
        advance()
        let operand = try postfix()
        return Expr(kind: .inoutArgument(operand), span: token.span.through(operand.span))
      }
      if PrecedenceGroup.prefix.contains(op) {
        advance()
        guard !token.spaceAfter else {
          throw error("unary operator '\(op)' cannot be separated from its operand", at: token.span)
        }
        try enterNesting()
        defer { depth -= 1 }
        let operand = try prefixExpression()
        return Expr(kind: .prefix(op: op, opSpan: token.span, operand: operand), span: token.span.through(operand.span))
      }
    }
    return try postfix()
  }

  // postfix -> primary ('(' arguments ')' closure? | closure | '[' arguments ']' | '.' NAME | '!' | '?')*
  private mutating func postfix() throws -> Expr {
    var expr = try primary()
    var chained = false
    while true {
      if current.isPunctuation("(") && !current.startsLine {
        advance()
        var (arguments, close) = try arguments(closing: ")")
        if let trailing = try trailingClosure() {
          arguments.append(trailing)
          close = trailing.span
        }
        expr = Expr(kind: .call(callee: expr, arguments: arguments), span: expr.span.through(close))
      } else if let trailing = try trailingClosure() {
        expr = Expr(kind: .call(callee: expr, arguments: [trailing]), span: expr.span.through(trailing.span))
      } else if current.isPunctuation("[") && !current.startsLine && !current.spaceBefore {
        advance()
        let (arguments, close) = try arguments(closing: "]")
        expr = Expr(kind: .subscript(base: expr, arguments: arguments), span: expr.span.through(close))
      } else if current.isPunctuation(".") && !(current.startsLine && current.spaceAfter) {
        advance()
        let (name, span) = try memberName()
        expr = Expr(kind: .member(base: expr, name: name, nameSpan: span), span: expr.span.through(span))
      } else if current.isOperator("!") && !current.spaceBefore {
        let bang = advance()
        expr = Expr(kind: .forceUnwrap(expr), span: expr.span.through(bang.span))
      } else if current.isOperator("?") && !current.spaceBefore {
        let mark = advance()
        expr = Expr(kind: .bindOptional(expr), span: expr.span.through(mark.span))
        chained = true
      } else {
        break
      }
    }
    return chained ? Expr(kind: .optionalEvaluation(expr), span: expr.span) : expr
  }

  /// A closure after a call on the same line, passed as its last argument.
  private mutating func trailingClosure() throws -> CallArgument? {
    guard allowsTrailingClosure, current.isPunctuation("{"), !current.startsLine else { return nil }
    let closure = try closureExpression()
    return CallArgument(label: nil, value: closure, span: closure.span, isTrailing: true)
  }

  // arguments -> (argument (',' argument)*)? CLOSING ; argument -> (NAME ':')? expression
  mutating func arguments(closing: Character) throws -> ([CallArgument], SourceSpan) {
    let saved = allowsTrailingClosure
    allowsTrailingClosure = true
    defer { allowsTrailingClosure = saved }
    var arguments: [CallArgument] = []
    while !current.isPunctuation(closing) {
      var label: String?
      let start = current.span
      if peek.isPunctuation(":") {
        switch current.kind {
        case .identifier(let name): label = name
        // Keywords such as `in` or `default` are valid argument labels.
        case .keyword(let keyword): label = keyword.rawValue
        default: break
        }
        if label != nil {
          advance()
          advance()
        }
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

  // primary -> literal | IDENTIFIER | '$' DIGITS | '_' | '.' NAME | '\' ('.' NAME)+ | closure
  //          | '(' expression ')' | '(' tuple-element (',' tuple-element)+ ')'
  //          | '[' (expression (',' expression)*)? ']' | '[' (expression ':' expression (',' …)*  | ':') ']'
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
    case .keyword(.underscore):
      advance()
      return Expr(kind: .discard, span: token.span)
    case .keyword(.self), .keyword(.super), .keyword(.Self):
      advance()
      return Expr(kind: .identifier(token.isKeyword(.Self) ? "Self" : token.isKeyword(.self) ? "self" : "super"), span: token.span)
    case .keyword(.`init`):
      advance()
      return Expr(kind: .identifier("init"), span: token.span)
    case .identifier(let name):
      advance()
      if name.hasPrefix("$"), let number = Int(name.dropFirst()) {
        guard number < Parser.maximumAnonymousArguments else {
          // Reported without unwinding: the closure around it is still well formed.
          let limit = Parser.maximumAnonymousArguments
          let message = "anonymous closure argument '\(name)' is out of range; closures take at most \(limit) ($0 to $\(limit - 1))"
          _ = error(message, at: token.span)
          return Expr(kind: .invalid, span: token.span)
        }
        return Expr(kind: .dollar(number), span: token.span)
      }
      return Expr(kind: .identifier(name), span: token.span)
    case .punctuation("."):
      advance()
      let (name, span) = try memberName()
      return Expr(kind: .implicitMember(name: name), span: token.span.through(span))
    case .punctuation("\\"):
      advance()
      var components: [String] = []
      while current.isPunctuation(".") {
        advance()
        components.append(try memberName().0)
      }
      guard !components.isEmpty else { throw error("expected '.' and a property name in key path", at: currentErrorSpan) }
      return Expr(kind: .keyPath(components), span: token.span.through(previous.span))
    case .punctuation("{"):
      return try closureExpression()
    case .punctuation("("):
      return try parenthesised()
    case .punctuation("["):
      return try collectionLiteral()
    case .operator(let op) where BinaryOperator(rawValue: op) != nil && (peek.isPunctuation(")") || peek.isPunctuation(",")):
      // An operator as a function value: `reduce(0, +)`, `sorted(by: >)`.
      advance()
      return Expr(kind: .identifier(op), span: token.span)
    default:
      throw error("expected an expression, found \(token.displayText)", at: currentErrorSpan)
    }
  }

  private mutating func parenthesised() throws -> Expr {
    let open = advance()
    let saved = allowsTrailingClosure
    allowsTrailingClosure = true
    defer { allowsTrailingClosure = saved }
    var elements: [TupleElement] = []
    while !current.isPunctuation(")") {
      var label: String?
      if case .identifier(let name) = current.kind, peek.isPunctuation(":") {
        label = name
        advance()
        advance()
      }
      elements.append(TupleElement(label: label, value: try expression()))
      if current.isPunctuation(",") {
        advance()
      } else if !current.isPunctuation(")") {
        throw error("expected ')' to close the parenthesis, found \(current.displayText)", at: currentErrorSpan)
      }
    }
    let close = advance()
    let span = open.span.through(close.span)
    if elements.count == 1 && elements[0].label == nil { return Expr(kind: .paren(elements[0].value), span: span) }
    return Expr(kind: .tuple(elements), span: span)
  }

  private mutating func collectionLiteral() throws -> Expr {
    let open = advance()
    let saved = allowsTrailingClosure
    allowsTrailingClosure = true
    defer { allowsTrailingClosure = saved }
    if current.isPunctuation(":") && peek.isPunctuation("]") {
      advance()
      let close = advance()
      return Expr(kind: .dictionary([]), span: open.span.through(close.span))
    }
    var elements: [Expr] = []
    var entries: [(key: Expr, value: Expr)] = []
    while !current.isPunctuation("]") {
      let first = try expression()
      if current.isPunctuation(":") {
        guard elements.isEmpty else { throw error("expected ',' or ']' in array literal, found ':'", at: current.span) }
        advance()
        entries.append((first, try expression()))
      } else {
        guard entries.isEmpty else { throw error("expected ':' in dictionary literal", at: currentErrorSpan) }
        elements.append(first)
      }
      if current.isPunctuation(",") {
        advance()
      } else if !current.isPunctuation("]") {
        let kind = entries.isEmpty ? "array" : "dictionary"
        throw error("expected ',' or ']' in \(kind) literal, found \(current.displayText)", at: currentErrorSpan)
      }
    }
    let close = advance()
    let span = open.span.through(close.span)
    return entries.isEmpty ? Expr(kind: .array(elements), span: span) : Expr(kind: .dictionary(entries), span: span)
  }

  // closure -> '{' (closure-signature 'in')? statement* '}'
  // closure-signature -> '(' (NAME (':' type)?) (',' …)* ')' ('->' type)? | NAME (',' NAME)* ('->' type)?
  mutating func closureExpression() throws -> Expr {
    let open = advance()
    let signature = speculate { parser -> ([ClosureParameter], TypeExpr?) in
      let parameters = try parser.closureParameters()
      var returnType: TypeExpr?
      if parser.current.isOperator("->") {
        parser.advance()
        returnType = try parser.typeExpr()
      }
      guard parser.current.isKeyword(.in) else { throw Unwind() }
      parser.advance()
      return (parameters, returnType)
    }
    let saved = allowsTrailingClosure
    allowsTrailingClosure = true
    defer { allowsTrailingClosure = saved }
    var body: [Stmt] = []
    while !current.isPunctuation("}") {
      if atEnd { throw error("expected '}' at the end of the closure", at: currentErrorSpan) }
      body.append(contentsOf: recoveringStatements())
    }
    let close = advance()
    let closure = ClosureExpr(parameters: signature?.0, returnType: signature?.1, body: body)
    return Expr(kind: .closure(closure), span: open.span.through(close.span))
  }

  private mutating func closureParameters() throws -> [ClosureParameter] {
    var parameters: [ClosureParameter] = []
    let parenthesised = current.isPunctuation("(")
    if parenthesised { advance() }
    while !(parenthesised ? current.isPunctuation(")") : current.isKeyword(.in) || current.isOperator("->")) {
      let token = advance()
      var name: String?
      switch token.kind {
      case .identifier(let word): name = word
      case .keyword(.underscore): name = nil
      default: throw Unwind()
      }
      var type: TypeExpr?
      if parenthesised && current.isPunctuation(":") {
        advance()
        type = try typeExpr()
      }
      parameters.append(ClosureParameter(name: name, type: type, span: token.span))
      if current.isPunctuation(",") {
        advance()
      } else if !(parenthesised ? current.isPunctuation(")") : current.isKeyword(.in) || current.isOperator("->")) {
        throw Unwind()
      }
    }
    if parenthesised { advance() }
    return parameters
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

  /// A member name may be a keyword, as in `x.self`, `super.init` or `t.0`.
  mutating func memberName() throws -> (String, SourceSpan) {
    switch current.kind {
    case .identifier(let name): return (name, advance().span)
    case .keyword(let keyword): return (keyword.rawValue, advance().span)
    case .integer(let value): return (String(value), advance().span)
    case .float:
      // `t.0.1` lexes its indices as the float 0.1; split it back into two members.
      throw error("write nested tuple access with parentheses, as in '(t.0).1'", at: current.span)
    default: throw error("expected a member name after '.', found \(current.displayText)", at: currentErrorSpan)
    }
  }
}
