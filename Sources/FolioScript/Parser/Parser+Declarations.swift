extension Parser {
  /// The modifiers accepted before declarations; access control is accepted and ignored, as
  /// a notebook is one module.
  static let modifierKeywords: Set<String> = [
    "static", "private", "fileprivate", "public", "internal", "final", "mutating", "override",
  ]

  // modified-declaration -> modifier* (variable | function | type)
  mutating func modifiedDeclaration() throws -> Stmt {
    let start = current.span
    let modifiers = try modifierList()
    switch current.kind {
    case .keyword(.func): return Stmt(kind: .function(try function(modifiers: modifiers)), span: start)
    case .keyword(.struct), .keyword(.class), .keyword(.enum): return Stmt(kind: .type(try typeDecl()), span: start)
    case .keyword(.let), .keyword(.var):
      guard !modifiers.contains("static") else { throw error("'static' properties may only be declared in a type", at: start) }
      return try variable()
    default:
      throw error("expected a declaration after the modifiers, found \(current.displayText)", at: currentErrorSpan)
    }
  }

  // modifiers -> (MODIFIER | 'private' '(' 'set' ')')*
  mutating func modifierList() throws -> Set<String> {
    var modifiers: Set<String> = []
    while true {
      let word: String
      switch current.kind {
      case .keyword(let keyword) where Parser.modifierKeywords.contains(keyword.rawValue): word = keyword.rawValue
      case .identifier(let name) where ["convenience", "required", "lazy"].contains(name): word = name
      default: return modifiers
      }
      advance()
      modifiers.insert(word)
      // `private(set)` limits only the setter; in a notebook it changes nothing.
      if current.isPunctuation("(") && !current.spaceBefore {
        advance()
        _ = try identifier("in access modifier")
        try expect(.punctuation(")"), "expected ')' after the access modifier")
      }
    }
  }

  // function -> 'func' IDENTIFIER parameters 'throws'? ('->' type)? block
  //           | 'init' '?'? parameters 'throws'? block
  mutating func function(modifiers: Set<String>) throws -> FunctionDecl {
    let keyword = advance()
    var name = "init"
    var nameSpan = keyword.span
    var isFailable = false
    if keyword.isKeyword(.func), case .operator(let op) = current.kind, BinaryOperator(rawValue: op) != nil {
      // An operator implementation such as `static func < (lhs: T, rhs: T) -> Bool`.
      name = op
      nameSpan = advance().span
    } else if keyword.isKeyword(.func) {
      (name, nameSpan) = try identifier("after 'func'")
    } else if current.isOperator("?") && !current.spaceBefore {
      advance()
      isFailable = true
    }
    let parameters = try parameterList()
    var isThrowing = false
    if current.isKeyword(.throws) || current.isKeyword(.rethrows) {
      advance()
      isThrowing = true
    }
    var returnType: TypeExpr?
    if current.isOperator("->") {
      advance()
      returnType = try typeExpr()
    }
    let (body, _) = try block()
    return FunctionDecl(
      name: name, nameSpan: nameSpan, parameters: parameters, returnType: returnType, isThrowing: isThrowing,
      modifiers: modifiers, isFailable: isFailable, body: body)
  }

  /// The method name a subscript with these argument labels is kept under, `subscript(_:_:)`,
  /// so that a type may declare several, told apart by their labels as Swift tells them.
  public static func subscriptName(labels: [String?]) -> String {
    "subscript(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
  }

  // subscript -> 'subscript' parameters '->' type (block | '{' 'get' block '}')
  /// A read-only subscript, kept as a method named `subscript(…)`. Its parameters take no
  /// argument label unless one is written before the name, as in Swift: `subscript(i: Int)`
  /// is called as `value[0]`.
  mutating func subscriptDeclaration(modifiers: Set<String>) throws -> FunctionDecl {
    let keyword = advance()
    let parameters = try parameterList(labelledByDefault: false)
    guard current.isOperator("->") else {
      throw error("a subscript needs a result type, as in 'subscript(index: Int) -> Double'", at: currentErrorSpan)
    }
    advance()
    let returnType = try typeExpr()
    let body: [Stmt]
    if current.isPunctuation("{"), peek.isIdentifier("get") {
      // `{ get { … } }`, the getter written out.
      advance()
      advance()
      body = try block().0
      if current.isIdentifier("set") {
        // Reported, then skipped whole, so the rest of the type still parses.
        _ = error("subscripts here are read-only; 'set' is not supported", at: advance().span)
        _ = try block()
      }
      try expect(.punctuation("}"), "expected '}' after the subscript's getter")
    } else {
      body = try block().0
    }
    return FunctionDecl(
      name: Parser.subscriptName(labels: parameters.map(\.label)), nameSpan: keyword.span, parameters: parameters,
      returnType: returnType, isThrowing: false, modifiers: modifiers, isFailable: false, body: body)
  }

  // parameters -> '(' (parameter (',' parameter)*)? ')'
  // parameter -> (LABEL | '_')? NAME ':' 'inout'? type ('=' expression)?
  /// A function's parameters; a lone name is also the argument label unless
  /// `labelledByDefault` is false, as for a subscript's.
  private mutating func parameterList(labelledByDefault: Bool = true) throws -> [ParameterDecl] {
    try expect(.punctuation("("), "expected '(' to start the parameter list")
    var parameters: [ParameterDecl] = []
    while !current.isPunctuation(")") {
      let start = current.span
      let first = try parameterName()
      var label = first
      var name = first ?? "_"
      if !current.isPunctuation(":") {
        guard let second = try parameterName() else { throw error("expected a parameter name", at: currentErrorSpan) }
        name = second
      } else if first == nil {
        throw error("a parameter needs a name after '_'", at: start)
      } else if !labelledByDefault {
        label = nil
      }
      if label == nil && name == "_" { label = nil }
      try expect(.punctuation(":"), "expected ':' and a type after the parameter name")
      var isInout = false
      if current.isKeyword(.inout) {
        advance()
        isInout = true
      }
      let type = try typeExpr()
      if current.isOperator("...") {
        throw error("variadic parameters are not supported yet; take an array instead", at: current.span)
      }
      var defaultValue: Expr?
      if current.isOperator("=") {
        advance()
        defaultValue = try expression()
      }
      parameters.append(ParameterDecl(
        label: label, name: name, type: type, isInout: isInout, defaultValue: defaultValue,
        span: start.through(previous.span)))
      if !current.isPunctuation(")") { try expect(.punctuation(","), "expected ',' or ')' in the parameter list") }
    }
    advance()
    return parameters
  }

  /// A label or name in a parameter list: an identifier, a keyword used as a label, or `_` (nil).
  private mutating func parameterName() throws -> String? {
    switch current.kind {
    case .identifier(let name):
      advance()
      return name
    case .keyword(.underscore):
      advance()
      return nil
    case .keyword(let keyword) where peek.kind.isIdentifier || peek.isPunctuation(":"):
      advance()
      return keyword.rawValue
    default:
      throw error("expected a parameter name, found \(current.displayText)", at: currentErrorSpan)
    }
  }

  // type-declaration -> ('struct' | 'class' | 'enum') IDENTIFIER (':' IDENTIFIER (',' IDENTIFIER)*)? '{' member* '}'
  mutating func typeDecl() throws -> TypeDecl {
    let keyword = advance()
    let kind: TypeDecl.Kind = keyword.isKeyword(.struct) ? .struct : keyword.isKeyword(.class) ? .class : .enum
    let (name, nameSpan) = try identifier("after '\(keyword.displayText.dropFirst().dropLast())'")
    var inherited: [String] = []
    if current.isPunctuation(":") {
      advance()
      repeat { inherited.append(try identifier("in the inheritance list").0) } while current.isPunctuation(",") && advance().isPunctuation(",")
    }
    try expect(.punctuation("{"), "expected '{' to start the body of '\(name)'")
    var members: [MemberDecl] = []
    while !current.isPunctuation("}") {
      if atEnd { throw error("expected '}' to close the body of '\(name)'", at: currentErrorSpan) }
      let start = index
      do {
        members.append(contentsOf: try member(in: kind))
        if current.isPunctuation(";") { advance() }
      } catch {
        // Skip to the next line and try the next member, always moving at least one token.
        if index == start { advance() }
        while !atEnd && !current.startsLine && !current.isPunctuation("}") { advance() }
      }
    }
    advance()
    return TypeDecl(kind: kind, name: name, nameSpan: nameSpan, inherited: inherited, members: members)
  }

  // member -> modifiers (stored-property | computed-property | function | init | enum-case | type-declaration)
  private mutating func member(in kind: TypeDecl.Kind) throws -> [MemberDecl] {
    let modifiers = try modifierList()
    let isStatic = modifiers.contains("static")
    switch current.kind {
    case .keyword(.func), .keyword(.`init`):
      return [.function(try function(modifiers: modifiers))]
    case .keyword(.subscript):
      return [.function(try subscriptDeclaration(modifiers: modifiers))]
    case .keyword(.case) where kind == .enum:
      return try enumCases()
    case .keyword(.struct), .keyword(.class), .keyword(.enum):
      return [.type(try typeDecl())]
    case .keyword(.let), .keyword(.var):
      // `let w: Double, h: Double` declares several stored properties.
      let isConstant = current.isKeyword(.let)
      var properties = [try property(isStatic: isStatic)]
      while current.isPunctuation(","), case .stored = properties[properties.count - 1] {
        advance()
        properties.append(try property(isStatic: isStatic, isConstant: isConstant))
      }
      return properties
    default:
      throw error("expected a member declaration, found \(current.displayText)", at: currentErrorSpan)
    }
  }

  // property -> ('let' | 'var') IDENTIFIER (':' type)? ('=' expression | '{' accessors '}')?
  private mutating func property(isStatic: Bool, isConstant continuing: Bool? = nil) throws -> MemberDecl {
    let isConstant = continuing ?? advance().isKeyword(.let)
    let (name, nameSpan) = try identifier("in property declaration")
    var type: TypeExpr?
    if current.isPunctuation(":") {
      advance()
      type = try typeExpr()
    }
    if current.isOperator("=") {
      advance()
      return .stored(isConstant: isConstant, isStatic: isStatic, name: name, nameSpan: nameSpan, type: type,
                     value: try expression())
    }
    guard current.isPunctuation("{") else {
      guard type != nil else { throw error("type annotation missing in pattern", at: nameSpan) }
      return .stored(isConstant: isConstant, isStatic: isStatic, name: name, nameSpan: nameSpan, type: type, value: nil)
    }
    guard let type else { throw error("computed property '\(name)' must have an explicit type", at: nameSpan) }
    if isConstant { throw error("'let' declarations cannot be computed properties", at: nameSpan) }
    let (getter, setter) = try accessors(property: name)
    return .computed(isStatic: isStatic, name: name, nameSpan: nameSpan, type: type, getter: getter, setter: setter)
  }

  // accessors -> '{' statement* '}' | '{' 'get' block ('set' ('(' IDENTIFIER ')')? block)? '}'
  private mutating func accessors(property: String) throws -> ([Stmt], (name: String, body: [Stmt])?) {
    let isExplicit: Bool
    if case .identifier(let word) = peek.kind, word == "get" || word == "set" {
      isExplicit = tokens[min(index + 2, tokens.count - 1)].isPunctuation("{")
    } else {
      isExplicit = false
    }
    guard isExplicit else { return (try block().0, nil) }
    advance()
    var getter: [Stmt]?
    var setter: (name: String, body: [Stmt])?
    while case .identifier(let word) = current.kind, word == "get" || word == "set" {
      advance()
      if word == "get" {
        getter = try block().0
      } else {
        var valueName = "newValue"
        if current.isPunctuation("(") {
          advance()
          valueName = try identifier("for the new value").0
          try expect(.punctuation(")"), "expected ')'")
        }
        setter = (valueName, try block().0)
      }
    }
    try expect(.punctuation("}"), "expected '}' after the accessors of '\(property)'")
    guard let getter else { throw error("computed property '\(property)' needs a 'get' accessor", at: previous.span) }
    return (getter, setter)
  }

  // enum-cases -> 'case' enum-case (',' enum-case)*
  // enum-case -> IDENTIFIER ('(' (LABEL ':')? type (',' …)* ')')? ('=' literal)?
  private mutating func enumCases() throws -> [MemberDecl] {
    advance()
    var cases: [MemberDecl] = []
    repeat {
      let (name, nameSpan) = try identifier("in enum case")
      var associated: [(label: String?, type: TypeExpr)]?
      if current.isPunctuation("(") {
        advance()
        var values: [(label: String?, type: TypeExpr)] = []
        while !current.isPunctuation(")") {
          var label: String?
          if case .identifier(let word) = current.kind, peek.isPunctuation(":") {
            label = word
            advance()
            advance()
          }
          values.append((label, try typeExpr()))
          if !current.isPunctuation(")") { try expect(.punctuation(","), "expected ',' or ')'") }
        }
        advance()
        associated = values
      }
      var rawValue: Expr?
      if current.isOperator("=") {
        advance()
        rawValue = try prefixExpression()
      }
      cases.append(.enumCase(name: name, nameSpan: nameSpan, associated: associated, rawValue: rawValue))
    } while current.isPunctuation(",") && advance().isPunctuation(",")
    return cases
  }
}

extension Token.Kind {
  /// Whether this is an identifier token.
  var isIdentifier: Bool {
    if case .identifier = self { return true }
    return false
  }
}
