/// Turns parsed cells into runnable nodes, binding every name to a slot before anything runs.
///
/// One resolver serves a whole session: top-level names of a cell stay visible in later
/// cells, as in Jupyter. All cells are resolved before the first one runs, so a misspelled
/// name in cell 9 is reported before cell 1 starts an hour of training.
final class Resolver {
  private struct Binding {
    var slot: Int
    var isConstant: Bool
    var type: StaticType
  }

  /// Thrown to abandon a statement whose error is already recorded.
  private struct Unwind: Error {}

  private var scopes: [[String: Binding]] = [[:]]
  /// Names declared at the top level of the cell being resolved: a cell may not declare a
  /// name twice, but a later cell may declare it again (re-running an edited definition).
  private var cellNames: Set<String> = []
  private let builtins: [String: Value]
  private var loopDepth = 0
  /// The static type of every slot, indexed by slot.
  private var slotTypes: [StaticType] = []
  /// How many slots the session needs so far.
  var slotCount: Int { slotTypes.count }
  /// Problems found so far.
  private(set) var diagnostics: [Diagnostic] = []

  /// Creates a resolver that knows the host's global names besides its variables.
  init(builtins: [String: Value]) { self.builtins = builtins }

  /// Resolves one cell's statements.
  func resolveCell(_ statements: [Stmt]) -> [StmtNode] {
    cellNames = []
    return block(statements)
  }

  /// Takes the diagnostics found so far, leaving none.
  func takeDiagnostics() -> [Diagnostic] {
    defer { diagnostics = [] }
    return diagnostics
  }

  // MARK: - Statements

  private func block(_ statements: [Stmt]) -> [StmtNode] {
    statements.compactMap { statement in
      do {
        return try self.statement(statement)
      } catch {
        return nil
      }
    }
  }

  private func scoped(_ body: () throws -> [StmtNode]) rethrows -> [StmtNode] {
    scopes.append([:])
    defer { scopes.removeLast() }
    return try body()
  }

  private func statement(_ statement: Stmt) throws -> StmtNode? {
    switch statement.kind {
    case .expression(let expression):
      return ExpressionStatement(try expr(expression))

    case .variable(let isConstant, let name, let nameSpan, let annotation, let valueExpr):
      guard let valueExpr else {
        throw error("variable '\(name)' needs an initial value", at: nameSpan)
      }
      var type = StaticType.unknown
      if let annotation {
        do { type = try StaticType(annotation) } catch { throw self.error(String(describing: error), at: nameSpan) }
      }
      let value = try expr(valueExpr, expecting: type)
      if annotation == nil { type = staticType(of: value) }
      let slot = try declare(name, isConstant: isConstant, type: type, at: nameSpan)
      return DeclarationNode(slot: slot, value: value, type: type, span: statement.span)

    case .if(let conditionExpr, let thenStatements, let elseStatements):
      let condition = try expr(conditionExpr)
      let thenBody = scoped { block(thenStatements) }
      let elseBody = scoped { block(elseStatements ?? []) }
      return IfNode(condition: condition, thenBody: thenBody, elseBody: elseBody, span: statement.span)

    case .while(let conditionExpr, let bodyStatements):
      let condition = try expr(conditionExpr)
      loopDepth += 1
      defer { loopDepth -= 1 }
      return WhileNode(condition: condition, body: scoped { block(bodyStatements) }, span: statement.span)

    case .forIn(let name, let nameSpan, let sequenceExpr, let bodyStatements):
      let sequence = try expr(sequenceExpr)
      loopDepth += 1
      defer { loopDepth -= 1 }
      var slot: Int?
      let body = try scoped {
        if let name {
          slot = try declare(name, isConstant: true, type: elementType(of: sequence), at: nameSpan)
        }
        return block(bodyStatements)
      }
      return ForInNode(slot: slot, sequence: sequence, body: body, span: statement.span)

    case .break, .continue:
      let isBreak = if case .break = statement.kind { true } else { false }
      guard loopDepth > 0 else {
        throw error("'\(isBreak ? "break" : "continue")' is only allowed inside a loop", at: statement.span)
      }
      return isBreak ? BreakNode(span: statement.span) : ContinueNode(span: statement.span)

    case .import:
      // The engine is always there; `import Foundation` and friends are accepted and ignored.
      return nil
    }
  }

  private func declare(_ name: String, isConstant: Bool, type: StaticType, at span: SourceSpan) throws -> Int {
    if scopes.count == 1 {
      if cellNames.contains(name) { throw error("invalid redeclaration of '\(name)'", at: span) }
      cellNames.insert(name)
    } else if scopes[scopes.count - 1][name] != nil {
      throw error("invalid redeclaration of '\(name)'", at: span)
    }
    let slot = slotTypes.count
    slotTypes.append(type)
    scopes[scopes.count - 1][name] = Binding(slot: slot, isConstant: isConstant, type: type)
    return slot
  }

  private func lookup(_ name: String) -> Binding? {
    for scope in scopes.reversed() {
      if let binding = scope[name] { return binding }
    }
    return nil
  }

  // MARK: - Expressions

  private func expr(_ expression: Expr, expecting expected: StaticType = .unknown) throws -> ExprNode {
    let span = expression.span
    switch expression.kind {
    case .integer(let value):
      if expected == .double { return LiteralNode(.double(Double(value)), span: span) }
      return LiteralNode(.int(value), integerLiteral: true, span: span)
    case .float(let value):
      return LiteralNode(.double(value), span: span)
    case .bool(let value):
      return LiteralNode(.bool(value), span: span)
    case .nil:
      throw error("'nil' needs an optional type, and Folio has no optionals so far", at: span)
    case .invalid:
      // The syntax error is already reported, and a cell with errors never runs.
      return LiteralNode(.void, span: span)
    case .string(let parts):
      if case .text(let text)? = parts.first, parts.count == 1 { return LiteralNode(.string(text), span: span) }
      return InterpolationNode(parts: try parts.map { part in
        switch part {
        case .text(let text): return .text(text)
        case .expr(let inner): return .expr(try expr(inner))
        }
      }, span: span)
    case .identifier(let name):
      if let binding = lookup(name) { return SlotNode(slot: binding.slot, span: span) }
      if let value = builtins[name] { return LiteralNode(value, span: span) }
      throw error("cannot find '\(name)' in scope", at: span)
    case .array(let elements):
      if elements.isEmpty && expected == .unknown {
        throw error("empty collection literal requires an explicit type, e.g. 'var xs: [Double] = []'", at: span)
      }
      return ArrayNode(elements: try elements.map { try expr($0, expecting: expected.element) }, span: span)
    case .paren(let inner):
      return try expr(inner, expecting: expected)
    case .prefix(let op, let opSpan, let operandExpr):
      guard let prefixOperator = PrefixOperator(rawValue: op) else {
        throw error("'\(op)' is not a prefix unary operator", at: opSpan)
      }
      let operand = try expr(operandExpr, expecting: expected)
      if prefixOperator == .negate, let literal = operand as? LiteralNode {
        // Fold `-1` into a literal so it still adapts to Double like `1` does.
        if case .int(let n) = literal.value, n != Int.min {
          return LiteralNode(.int(-n), integerLiteral: literal.isIntegerLiteral, span: span)
        }
        if case .double(let d) = literal.value { return LiteralNode(.double(-d), span: span) }
      }
      return PrefixNode(op: prefixOperator, operand: operand, span: span)
    case .binary(let op, let opSpan, let lhsExpr, let rhsExpr):
      if op == "&&" || op == "||" {
        return LogicalNode(isAnd: op == "&&", lhs: try expr(lhsExpr), rhs: try expr(rhsExpr), span: span)
      }
      guard let binaryOperator = BinaryOperator(rawValue: op) else {
        throw error("operator '\(op)' is not supported", at: opSpan)
      }
      return BinaryNode(op: binaryOperator, lhs: try expr(lhsExpr), rhs: try expr(rhsExpr), opSpan: opSpan, span: span)
    case .assign(let op, let opSpan, let target, let valueExpr):
      return try assignment(op: op, opSpan: opSpan, target: target, valueExpr: valueExpr, span: span)
    case .call(let callee, let arguments):
      return try call(callee, arguments, span: span)
    case .member(let baseExpr, let name):
      return MemberNode(base: try expr(baseExpr), name: name, nameSpan: memberSpan(expression), span: span)
    case .subscript(let baseExpr, let arguments):
      guard arguments.count == 1, arguments[0].label == nil else {
        throw error("subscript takes one unlabelled index", at: span)
      }
      return SubscriptNode(base: try expr(baseExpr), index: try expr(arguments[0].value), span: span)
    }
  }

  private func call(_ callee: Expr, _ arguments: [CallArgument], span: SourceSpan) throws -> ExprNode {
    let resolvedArguments = try arguments.map { (label: $0.label, node: try expr($0.value)) }
    guard case .member(let baseExpr, let name) = callee.kind else {
      return CallNode(callee: try expr(callee), arguments: resolvedArguments, span: span)
    }
    if BuiltinMethods.mutating.contains(name), case .identifier(let variable) = baseExpr.kind,
      let binding = lookup(variable), binding.type == .unknown || binding.type.isArray
    {
      guard !binding.isConstant else {
        throw error("cannot use mutating member on immutable value: '\(variable)' is a 'let' constant", at: baseExpr.span)
      }
      let element = binding.type.element
      let adapted = try zip(arguments, resolvedArguments).enumerated().map { index, pair in
        index == 0 && pair.0.label == nil ? (label: pair.1.label, node: try expr(pair.0.value, expecting: element)) : pair.1
      }
      return MutatingCallNode(slot: binding.slot, name: name, arguments: adapted, elementType: element, span: span)
    }
    return MethodCallNode(
      base: try expr(baseExpr), name: name, nameSpan: memberSpan(callee), arguments: resolvedArguments, span: span)
  }

  private func assignment(op: String?, opSpan: SourceSpan, target: Expr, valueExpr: Expr, span: SourceSpan) throws
    -> ExprNode
  {
    var binaryOperator: BinaryOperator?
    if let op {
      guard let known = BinaryOperator(rawValue: op) else { throw error("operator '\(op)=' is not supported", at: opSpan) }
      binaryOperator = known
    }
    switch target.kind {
    case .identifier(let name):
      let binding = try mutableBinding(name, at: target.span)
      let value = try expr(valueExpr, expecting: binding.type)
      return AssignNode(slot: binding.slot, op: binaryOperator, value: value, type: binding.type, opSpan: opSpan, span: span)
    case .subscript(let baseExpr, let arguments):
      guard case .identifier(let name) = baseExpr.kind, arguments.count == 1, op == nil else {
        throw error("only 'array[index] = value' on an array variable is supported as a subscript assignment", at: target.span)
      }
      let binding = try mutableBinding(name, at: baseExpr.span)
      let value = try expr(valueExpr, expecting: binding.type.element)
      return SubscriptAssignNode(
        slot: binding.slot, index: try expr(arguments[0].value), value: value, elementType: binding.type.element, span: span)
    default:
      throw error("cannot assign to this expression", at: target.span)
    }
  }

  private func mutableBinding(_ name: String, at span: SourceSpan) throws -> Binding {
    guard let binding = lookup(name) else {
      if builtins[name] != nil { throw error("cannot assign to '\(name)': it is a built-in name", at: span) }
      throw error("cannot find '\(name)' in scope", at: span)
    }
    guard !binding.isConstant else {
      throw error("cannot assign to value: '\(name)' is a 'let' constant", at: span)
    }
    return binding
  }

  // MARK: - Static types

  private func staticType(of node: ExprNode) -> StaticType {
    switch node {
    case let literal as LiteralNode:
      switch literal.value {
      case .int: return .int
      case .double: return .double
      case .bool: return .bool
      case .string: return .string
      default: return .unknown
      }
    case is InterpolationNode:
      return .string
    case let array as ArrayNode:
      let types = array.elements.map(staticType(of:))
      if types.contains(.double) && types.allSatisfy({ $0 == .double || $0 == .int }) { return .array(.double) }
      if let first = types.first, types.allSatisfy({ $0 == first }) { return .array(first) }
      return .array(.unknown)
    case let slot as SlotNode:
      return slotTypes[slot.slot]
    case let binary as BinaryNode:
      let (left, right) = (staticType(of: binary.lhs), staticType(of: binary.rhs))
      switch binary.op {
      case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return .bool
      case .halfOpenRange, .closedRange: return .unknown
      default:
        if left == right { return left }
        if (left == .double && binary.rhsAdapts) || (right == .double && binary.lhsAdapts) { return .double }
        return .unknown
      }
    case is LogicalNode:
      return .bool
    default:
      return .unknown
    }
  }

  private func elementType(of sequence: ExprNode) -> StaticType {
    if let binary = sequence as? BinaryNode, binary.op == .halfOpenRange || binary.op == .closedRange { return .int }
    return staticType(of: sequence).element
  }

  // MARK: - Errors

  private func memberSpan(_ member: Expr) -> SourceSpan {
    guard case .member(let base, _) = member.kind else { return member.span }
    return SourceSpan(file: member.span.file, start: base.span.end + 1, end: member.span.end)
  }

  private func error(_ message: String, at span: SourceSpan) -> Unwind {
    diagnostics.append(Diagnostic(.resolve, message, at: span))
    return Unwind()
  }
}
