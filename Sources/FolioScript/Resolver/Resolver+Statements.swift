extension Resolver {
  func block(_ statements: [Stmt]) -> [StmtNode] {
    var nodes: [StmtNode] = []
    // Local functions may call each other before their declarations, as in Swift.
    var functionSlots: [Int: VariableSlot] = [:]
    for (index, statement) in statements.enumerated() {
      if case .function(let decl) = statement.kind {
        functionSlots[index] = try? declare(decl.name, isConstant: true, type: .unknown, at: decl.nameSpan)
        markThrowing(decl)
      }
    }
    for (index, statement) in statements.enumerated() {
      if case .function(let decl) = statement.kind {
        guard let slot = functionSlots[index] else { continue }
        let function = compileFunction(decl, in: nil)
        nodes.append(FunctionDeclarationNode(variable: slot, closure: ClosureNode(function: function, span: decl.nameSpan), span: statement.span))
        continue
      }
      do {
        if let node = try self.statement(statement) { nodes.append(node) }
      } catch {}
    }
    return nodes
  }

  func statement(_ statement: Stmt) throws -> StmtNode? {
    let span = statement.span
    switch statement.kind {
    case .expression(let expression):
      let node = try expr(expression)
      if let assignment = node as? AssignNode, !(scope.isTopLevel && scope.blocks.count == 1) { return AssignStatement(assignment) }
      return ExpressionStatement(node)

    case .variable(let isConstant, let pattern, let annotation, let valueExpr):
      let type = try annotation.map { try staticType($0, at: span) } ?? .unknown
      guard let valueExpr else {
        // `let label: String` assigned later: reads check that it was, and a `let` is
        // assigned once.
        guard case .name(let name, let nameSpan) = pattern else {
          throw error("a tuple pattern needs a value where it is declared", at: span)
        }
        let slot = try declare(name, isConstant: isConstant, type: type, at: nameSpan)
        // An optional `var` starts as nil, as in Swift; anything else starts unset.
        if case .optional = type, !isConstant {
          return DeclarationNode(variable: slot, value: LiteralNode(.none, span: span), type: .unknown, span: span)
        }
        if let binding = scope.blocks.last?[name] { deferredVariables.insert(binding.id) }
        return DeclarationNode(variable: slot, value: LiteralNode(.void, span: span), type: .unknown, span: span)
      }
      let value: ExprNode
      do {
        value = try expr(valueExpr, expecting: type)
      } catch {
        // Declare the names anyway, so their uses do not report a second, misleading error.
        _ = try? destructuringTarget(pattern, isConstant: isConstant)
        throw error
      }
      switch pattern {
      case .name(let name, let nameSpan):
        let declared = annotation == nil ? staticType(of: value) : type
        let slot = try declare(name, isConstant: isConstant, type: declared, at: nameSpan)
        return DeclarationNode(variable: slot, value: value, type: type, span: span)
      case .wildcard:
        return ExpressionStatement(value)
      case .tuple:
        let destructuring = Destructuring(target: try destructuringTarget(pattern, isConstant: isConstant))
        return DestructuringNode(destructuring: destructuring, value: value, span: span)
      }

    case .function:
      // Handled by `block` and `resolveCell`, which declare functions before other statements.
      return nil

    case .type(let decl):
      guard scope.isTopLevel && scope.blocks.count == 1 else {
        throw error("types can only be declared at the top level of a cell", at: decl.nameSpan)
      }
      return nil

    case .if(let conditions, let thenStatements, let elseStatements):
      return try withBlock {
        let conditionNodes = try self.conditions(conditions)
        let thenBody = withBlock { block(thenStatements) }
        let elseBody = withBlock { block(elseStatements ?? []) }
        return IfNode(conditions: conditionNodes, thenBody: thenBody, elseBody: elseBody, span: span)
      }

    case .guard(let conditions, let elseStatements):
      guard let last = elseStatements.last, exits(last) else {
        throw error("'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope", at: span)
      }
      let elseBody = withBlock { block(elseStatements) }
      // Names bound by the conditions stay visible after the guard.
      let conditionNodes = try self.conditions(conditions)
      return GuardNode(conditions: conditionNodes, elseBody: elseBody, span: span)

    case .while(let label, let conditions, let bodyStatements):
      let id = newLoopID()
      return try withBlock {
        let conditionNodes = try self.conditions(conditions)
        let body = loopBody(label: label, id: id, bodyStatements)
        return WhileNode(id: id, conditions: conditionNodes, body: body, span: span)
      }

    case .repeatWhile(let label, let bodyStatements, let conditionExpr):
      let id = newLoopID()
      let body = loopBody(label: label, id: id, bodyStatements)
      return RepeatNode(id: id, body: body, condition: try expr(conditionExpr), span: span)

    case .forIn(let label, let pattern, let sequenceExpr, let whereExpr, let bodyStatements):
      let sequence = try expr(sequenceExpr)
      let id = newLoopID()
      return try withBlock {
        var variable: VariableSlot?
        var destructuring: Destructuring?
        switch pattern {
        case .name(let name, let nameSpan):
          variable = try declare(name, isConstant: true, type: elementType(of: sequence), at: nameSpan)
        case .wildcard:
          break
        case .tuple:
          destructuring = Destructuring(target: try destructuringTarget(pattern, isConstant: true))
        }
        let whereClause = try whereExpr.map { try expr($0) }
        let body = loopBody(label: label, id: id, bodyStatements)
        return ForInNode(id: id, variable: variable, destructuring: destructuring, sequence: sequence,
                         whereClause: whereClause, body: body, span: span)
      }

    case .switch(let subjectExpr, let cases):
      let subject = try expr(subjectExpr)
      let id = newLoopID()
      scope.breakTargets.append((nil, id, false))
      defer { scope.breakTargets.removeLast() }
      var resolved: [SwitchNode.Case] = []
      for switchCase in cases {
        try withBlock {
          let patterns = try switchCase.patterns.map { try pattern($0) }
          let guardExpr = try switchCase.guardExpr.map { try expr($0) }
          resolved.append(SwitchNode.Case(patterns: patterns, guardExpr: guardExpr, body: block(switchCase.body)))
        }
      }
      if !cases.contains(where: { $0.patterns.isEmpty }) {
        if let enumType = enumType(of: subject) {
          try checkExhaustive(cases, enumType, at: span)
        } else if !coversEverything(cases) {
          throw error("switch must be exhaustive: add a 'default' case", at: span)
        }
      }
      return SwitchNode(id: id, subject: subject, cases: resolved, span: span)

    case .return(let valueExpr):
      guard !scope.isTopLevel else { throw error("return invalid outside of a func", at: span) }
      if scope.isInitializer {
        if let valueExpr, case .nil = valueExpr.kind { return ReturnNode(value: LiteralNode(.none, span: valueExpr.span), type: .unknown, span: span) }
        if valueExpr != nil { throw error("'nil' is the only return value permitted in an initializer", at: span) }
        return ReturnNode(value: nil, type: .unknown, span: span)
      }
      if valueExpr == nil, !scope.returnType.isVoid, !scope.returnType.isUnchecked {
        throw error("non-void function should return a value", at: span)
      }
      return ReturnNode(value: try valueExpr.map { try expr($0, expecting: scope.returnType) }, type: scope.returnType, span: span)

    case .break(let label), .continue(let label):
      let isBreak = if case .break = statement.kind { true } else { false }
      let word = isBreak ? "break" : "continue"
      let candidates = scope.breakTargets.reversed().filter { target in
        if let label { return target.label == label }
        // An unlabelled `continue` skips switches; an unlabelled `break` ends the innermost.
        return isBreak || target.isLoop
      }
      guard let target = candidates.first else {
        if let label { throw error("cannot find label '\(label)' in scope", at: span) }
        throw error("'\(word)' is only allowed inside a loop\(isBreak ? ", if, do, or switch" : "")", at: span)
      }
      if !isBreak && !target.isLoop { throw error("'continue' cannot be used with a switch label", at: span) }
      return isBreak ? BreakNode(target: target.id, span: span) : ContinueNode(target: target.id, span: span)

    case .throw(let valueExpr):
      return ThrowNode(value: try expr(valueExpr), span: span)

    case .do(let bodyStatements, let catches):
      let body = withBlock { block(bodyStatements) }
      var clauses: [DoCatchNode.Clause] = []
      for clause in catches {
        try withBlock {
          var patternNode: PatternNode?
          var errorVariable: VariableSlot?
          switch clause.pattern {
          case nil:
            errorVariable = try declare("error", isConstant: true, type: .named("Error"), at: clause.span)
          case .binding(let name, let nameSpan)?:
            let type = try clause.castType.map { try staticType($0, at: clause.span) } ?? .named("Error")
            errorVariable = try declare(name, isConstant: true, type: type, at: nameSpan)
            if clause.castType != nil { patternNode = TypeTestPattern(type: type, span: clause.span) }
          case let other?:
            patternNode = try pattern(other)
          }
          let guardExpr = try clause.guardExpr.map { try expr($0) }
          clauses.append(DoCatchNode.Clause(pattern: patternNode, errorVariable: errorVariable, guardExpr: guardExpr, body: block(clause.body)))
        }
      }
      return DoCatchNode(body: body, clauses: clauses, span: span)

    case .import:
      // The engine is always there; `import Foundation` and friends are accepted and ignored.
      return nil
    }
  }

  private func loopBody(label: String?, id: Int, _ statements: [Stmt]) -> [StmtNode] {
    scope.breakTargets.append((label, id, true))
    defer { scope.breakTargets.removeLast() }
    return withBlock { block(statements) }
  }

  private func conditions(_ conditions: [Condition]) throws -> [ConditionNode] {
    try conditions.map { condition in
      switch condition {
      case .expression(let expression):
        return .boolean(try expr(expression))
      case .optionalBinding(let isConstant, let name, let nameSpan, let valueExpr):
        let value: ExprNode
        if let valueExpr {
          value = try expr(valueExpr)
        } else {
          // `if let x` is short for `if let x = x`.
          if let binding = lookup(name) {
            value = read(binding, span: nameSpan)
          } else {
            value = try expr(Expr(kind: .identifier(name), span: nameSpan))
          }
        }
        let slot = try declare(name, isConstant: isConstant, type: staticType(of: value).unwrapped, at: nameSpan)
        return .binding(slot, value)
      case .patternMatch(let pattern, let valueExpr):
        let value = try expr(valueExpr)
        return .pattern(try self.pattern(pattern), value)
      }
    }
  }

  /// Whether a statement leaves its scope, as the last statement of a `guard` body must.
  private func exits(_ statement: Stmt) -> Bool {
    switch statement.kind {
    case .return, .break, .continue, .throw: return true
    case .expression(let expr):
      if case .call(let callee, _) = expr.kind, case .identifier("fatalError") = callee.kind { return true }
      return false
    case .if(_, let thenBody, let elseBody?):
      return thenBody.last.map(exits) == true && elseBody.last.map(exits) == true
    default: return false
    }
  }

  func destructuringTarget(_ pattern: BindingPattern, isConstant: Bool) throws -> Destructuring.Target {
    switch pattern {
    case .name(let name, let span): return .variable(try declare(name, isConstant: isConstant, type: .unknown, at: span))
    case .wildcard: return .ignore
    case .tuple(let parts): return .tuple(try parts.map { try destructuringTarget($0, isConstant: isConstant) })
    }
  }

  private func enumType(of subject: ExprNode) -> UserType? {
    if case .user(let type) = staticType(of: subject), type.kind == .enumeration { return type }
    return nil
  }

  /// A switch over an enum of known type must name every case (or have a default).
  private func checkExhaustive(_ cases: [SwitchCase], _ type: UserType, at span: SourceSpan) throws {
    var covered: Set<String> = []
    for switchCase in cases where switchCase.guardExpr == nil {
      for pattern in switchCase.patterns {
        switch pattern {
        case .enumCase(_, let name, let arguments, _):
          if arguments?.allSatisfy(isIrrefutable) ?? true { covered.insert(name) }
        case .wildcard, .binding: return
        case .expression(let expr):
          if case .implicitMember(let name) = expr.kind { covered.insert(name) }
        default: break
        }
      }
    }
    let missing = type.cases.map(\.name).filter { !covered.contains($0) }
    if !missing.isEmpty {
      throw error("switch must be exhaustive: add cases for \(missing.map { "'.\($0)'" }.joined(separator: ", ")) or a 'default' case", at: span)
    }
  }

  /// Whether a switch without `default` over a value that is not a known enum can still
  /// cover every value: a catch-all pattern, both Bools, or enum cases of a type only known
  /// when it runs (checked then).
  private func coversEverything(_ cases: [SwitchCase]) -> Bool {
    var sawTrue = false
    var sawFalse = false
    for switchCase in cases where switchCase.guardExpr == nil {
      for pattern in switchCase.patterns {
        if isIrrefutable(pattern) { return true }
        switch pattern {
        case .enumCase: return true
        case .tuple: return true
        case .expression(let expr):
          if case .bool(let value) = expr.kind { if value { sawTrue = true } else { sawFalse = true } }
          if case .implicitMember = expr.kind { return true }
        default: break
        }
      }
    }
    return sawTrue && sawFalse
  }

  private func isIrrefutable(_ pattern: Pattern) -> Bool {
    switch pattern {
    case .wildcard, .binding: return true
    case .tuple(let parts): return parts.allSatisfy(isIrrefutable)
    default: return false
    }
  }

  // MARK: - Patterns

  func pattern(_ pattern: Pattern) throws -> PatternNode {
    switch pattern {
    case .wildcard:
      return WildcardPattern(span: SourceSpan(file: 0, start: 0, end: 0))
    case .binding(let name, let span):
      return BindingPatternNode(variable: try declare(name, isConstant: true, type: .unknown, at: span), span: span)
    case .tuple(let parts):
      let nodes = try parts.map { try self.pattern($0) }
      return TuplePatternNode(elements: nodes, span: nodes.first?.span ?? SourceSpan(file: 0, start: 0, end: 0))
    case .enumCase(let typeName, let name, let arguments, let span):
      if let typeName, types[typeName] == nil, lookup(typeName) != nil || builtins[typeName] != nil {
        // `Foo.bar(x)` where Foo is not an enum: an ordinary expression.
        throw error("'\(typeName).\(name)' is not an enum case", at: span)
      }
      return EnumCasePatternNode(name: name, arguments: try arguments?.map { try self.pattern($0) }, span: span)
    case .cast(let inner, let typeExpr, let span):
      return CastPattern(inner: try self.pattern(inner), type: try staticType(typeExpr, at: span), span: span)
    case .isType(let typeExpr, let span):
      return TypeTestPattern(type: try staticType(typeExpr, at: span), span: span)
    case .expression(let expression):
      if case .identifier(let name) = expression.kind, lookup(name) == nil, builtins[name] == nil, types[name] == nil {
        throw error("cannot find '\(name)' in scope; to bind a new name in a pattern write 'let \(name)'", at: expression.span)
      }
      return ExpressionPatternNode(expression: try expr(expression), span: expression.span)
    }
  }
}

/// `let n as Int`: matches values of a type and hands them, as that type, to a pattern.
final class CastPattern: PatternNode {
  let inner: PatternNode
  let type: StaticType

  init(inner: PatternNode, type: StaticType, span: SourceSpan) {
    self.inner = inner
    self.type = type
    super.init(span: span)
  }

  override func matches(_ value: Value, _ interpreter: Interpreter) throws -> Bool {
    guard type.accepts(value) else { return false }
    return try inner.matches(value, interpreter)
  }
}

/// `catch let e as MyError` and `case is Int`: matches values of a type.
final class TypeTestPattern: PatternNode {
  let type: StaticType

  init(type: StaticType, span: SourceSpan) {
    self.type = type
    super.init(span: span)
  }

  override func matches(_ value: Value, _ interpreter: Interpreter) throws -> Bool { type.accepts(value) }
}
