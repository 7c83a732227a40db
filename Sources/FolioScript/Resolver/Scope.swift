/// What the resolver knows about one name.
struct Binding {
  enum Place {
    case global(Int)
    case local(Int)
    /// A captured variable of a top-level block or a function: its box is in this slot.
    case boxedGlobal(Int)
    case boxedLocal(Int)
    /// The running closure's capture at this index.
    case capture(Int)
  }

  var place: Place
  var isConstant: Bool
  var type: StaticType
  /// Identifies the variable across scopes, so that a closure captures it only once.
  let id: Int
}

/// The variables of one function (or of the cells' top level) while it is being resolved.
final class FunctionScope {
  let parent: FunctionScope?
  /// Whether this is the cells' top level, whose variables live in global slots.
  let isTopLevel: Bool
  /// Block scopes, innermost last.
  var blocks: [[String: Binding]] = [[:]]
  var localCount = 0
  /// The variables this closure captures, in capture order, keyed by variable id.
  var captures: [(id: Int, source: CompiledFunction.CaptureSource)] = []
  /// Names used inside closures nested in this function; its variables with these names
  /// are boxed so closures share them.
  var capturedNames: Set<String>
  /// The declared result type, for `return`.
  let returnType: StaticType
  /// The type whose method, initializer or accessor this is.
  let typeContext: UserType?
  /// Whether `self` may be changed: a mutating method, an initializer or a setter of a struct.
  let selfIsMutable: Bool
  /// Whether this is an initializer (`return nil` is allowed in a failable one).
  let isInitializer: Bool
  /// Enclosing loops and switches, innermost last: their label and identifier.
  var breakTargets: [(label: String?, id: Int, isLoop: Bool)] = []

  init(parent: FunctionScope?, isTopLevel: Bool, capturedNames: Set<String>, returnType: StaticType,
       typeContext: UserType?, selfIsMutable: Bool, isInitializer: Bool) {
    self.parent = parent
    self.isTopLevel = isTopLevel
    self.capturedNames = capturedNames
    self.returnType = returnType
    self.typeContext = typeContext
    self.selfIsMutable = selfIsMutable
    self.isInitializer = isInitializer
  }

  /// The binding of a name declared in this function, innermost block first.
  func local(_ name: String) -> Binding? {
    for block in blocks.reversed() {
      if let binding = block[name] { return binding }
    }
    return nil
  }

  /// The capture index of a variable, adding the capture if it is new.
  func capture(id: Int, source: CompiledFunction.CaptureSource) -> Int {
    if let index = captures.firstIndex(where: { $0.id == id }) { return index }
    captures.append((id, source))
    return captures.count - 1
  }
}

/// Names used inside nested closures and functions: an over-approximation of what they
/// capture, computed from the syntax before resolving. Boxing a variable that is not really
/// captured costs a little speed; missing one would break sharing, so this errs wide.
enum CaptureAnalysis {
  static func namesUsedInClosures(_ statements: [Stmt]) -> Set<String> {
    var names: Set<String> = []
    for statement in statements { visit(statement, inClosure: false, &names) }
    return names
  }

  private static func visit(_ statement: Stmt, inClosure: Bool, _ names: inout Set<String>) {
    switch statement.kind {
    case .expression(let expr): visit(expr, inClosure, &names)
    case .variable(_, _, _, let value): value.map { visit($0, inClosure, &names) }
    case .function(let decl):
      names.insert(decl.name)
      names.insert("self")
      for parameter in decl.parameters { parameter.defaultValue.map { visit($0, true, &names) } }
      for inner in decl.body { visit(inner, inClosure: true, &names) }
    case .type(let decl):
      for member in decl.members { visit(member, &names) }
    case .if(let conditions, let thenBody, let elseBody):
      for condition in conditions { visit(condition, inClosure, &names) }
      for inner in thenBody + (elseBody ?? []) { visit(inner, inClosure: inClosure, &names) }
    case .guard(let conditions, let elseBody):
      for condition in conditions { visit(condition, inClosure, &names) }
      for inner in elseBody { visit(inner, inClosure: inClosure, &names) }
    case .while(_, let conditions, let body):
      for condition in conditions { visit(condition, inClosure, &names) }
      for inner in body { visit(inner, inClosure: inClosure, &names) }
    case .repeatWhile(_, let body, let condition):
      visit(condition, inClosure, &names)
      for inner in body { visit(inner, inClosure: inClosure, &names) }
    case .forIn(_, _, let sequence, let whereClause, let body):
      visit(sequence, inClosure, &names)
      whereClause.map { visit($0, inClosure, &names) }
      for inner in body { visit(inner, inClosure: inClosure, &names) }
    case .switch(let subject, let cases):
      visit(subject, inClosure, &names)
      for switchCase in cases {
        switchCase.guardExpr.map { visit($0, inClosure, &names) }
        for inner in switchCase.body { visit(inner, inClosure: inClosure, &names) }
        for pattern in switchCase.patterns { visit(pattern, inClosure, &names) }
      }
    case .return(let value): value.map { visit($0, inClosure, &names) }
    case .throw(let value): visit(value, inClosure, &names)
    case .do(let body, let catches):
      for inner in body + catches.flatMap(\.body) { visit(inner, inClosure: inClosure, &names) }
    case .break, .continue, .import: break
    }
  }

  private static func visit(_ member: MemberDecl, _ names: inout Set<String>) {
    switch member {
    case .stored(_, _, _, _, _, let value): value.map { visit($0, true, &names) }
    case .computed(_, _, _, _, let getter, let setter):
      for inner in getter + (setter?.body ?? []) { visit(inner, inClosure: true, &names) }
    case .function(let decl): for inner in decl.body { visit(inner, inClosure: true, &names) }
    case .enumCase(_, _, _, let raw): raw.map { visit($0, true, &names) }
    case .type(let decl): for inner in decl.members { visit(inner, &names) }
    }
  }

  private static func visit(_ condition: Condition, _ inClosure: Bool, _ names: inout Set<String>) {
    switch condition {
    case .expression(let expr): visit(expr, inClosure, &names)
    case .optionalBinding(_, let name, _, let value):
      if inClosure { names.insert(name) }
      value.map { visit($0, inClosure, &names) }
    case .patternMatch(let pattern, let expr):
      visit(pattern, inClosure, &names)
      visit(expr, inClosure, &names)
    }
  }

  private static func visit(_ pattern: Pattern, _ inClosure: Bool, _ names: inout Set<String>) {
    switch pattern {
    case .expression(let expr): visit(expr, inClosure, &names)
    case .tuple(let parts): for part in parts { visit(part, inClosure, &names) }
    case .enumCase(_, _, let arguments, _): for part in arguments ?? [] { visit(part, inClosure, &names) }
    case .cast(let inner, _, _): visit(inner, inClosure, &names)
    case .wildcard, .binding, .isType: break
    }
  }

  private static func visit(_ expr: Expr, _ inClosure: Bool, _ names: inout Set<String>) {
    switch expr.kind {
    case .identifier(let name):
      if inClosure { names.insert(name) }
    case .closure(let closure):
      // `self` is what a closure in a method captures when it uses a property implicitly.
      names.insert("self")
      for statement in closure.body { visit(statement, inClosure: true, &names) }
    case .string(let parts):
      for case .expr(let inner) in parts { visit(inner, inClosure, &names) }
    case .array(let elements): for element in elements { visit(element, inClosure, &names) }
    case .dictionary(let entries):
      for entry in entries {
        visit(entry.key, inClosure, &names)
        visit(entry.value, inClosure, &names)
      }
    case .tuple(let elements): for element in elements { visit(element.value, inClosure, &names) }
    case .paren(let inner), .bindOptional(let inner), .optionalEvaluation(let inner), .forceUnwrap(let inner),
      .try(let inner, _), .inoutArgument(let inner), .cast(let inner, _, _):
      visit(inner, inClosure, &names)
    case .prefix(_, _, let operand): visit(operand, inClosure, &names)
    case .binary(_, _, let lhs, let rhs), .assign(_, _, let lhs, let rhs):
      visit(lhs, inClosure, &names)
      visit(rhs, inClosure, &names)
    case .ternary(let condition, let thenExpr, let elseExpr):
      visit(condition, inClosure, &names)
      visit(thenExpr, inClosure, &names)
      visit(elseExpr, inClosure, &names)
    case .call(let callee, let arguments), .subscript(let callee, let arguments):
      visit(callee, inClosure, &names)
      for argument in arguments { visit(argument.value, inClosure, &names) }
    case .member(let base, _, _): visit(base, inClosure, &names)
    case .oneSidedRange(let lower, let upper, _):
      lower.map { visit($0, inClosure, &names) }
      upper.map { visit($0, inClosure, &names) }
    case .integer, .float, .bool, .nil, .dollar, .implicitMember, .keyPath, .discard, .invalid: break
    }
  }
}
