/// A resolved statement, ready to run.
class StmtNode {
  /// Where the statement is.
  let span: SourceSpan

  init(span: SourceSpan) { self.span = span }

  /// Runs the statement and says how it finished.
  func exec(_ interpreter: Interpreter) throws -> Flow {
    preconditionFailure("\(type(of: self)) must override exec")
  }
}

/// Runs statements in order, stopping at the first that does not finish normally.
@inline(__always)
func execute(_ body: [StmtNode], _ interpreter: Interpreter) throws -> Flow {
  for statement in body {
    let flow = try statement.exec(interpreter)
    if case .normal = flow { continue }
    return flow
  }
  return .normal
}

/// Where a declared variable lives. A variable that closures capture lives in a box, and
/// each execution of its declaration makes a new box, so every loop iteration's closures
/// see their own copy, as in Swift.
struct VariableSlot {
  enum Place { case global, local }
  let place: Place
  let slot: Int
  let isBoxed: Bool

  @inline(__always)
  func initialize(_ value: Value, _ interpreter: Interpreter) {
    let stored = isBoxed ? Value.box(Box(value)) : value
    switch place {
    case .global: interpreter.globals[slot] = stored
    case .local: interpreter.frame[slot] = stored
    }
  }
}

final class ExpressionStatement: StmtNode {
  let expression: ExprNode

  init(_ expression: ExprNode) {
    self.expression = expression
    super.init(span: expression.span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    _ = try expression.eval(interpreter)
    return .normal
  }
}

/// `let x = value` / `var x: T = value`.
final class DeclarationNode: StmtNode {
  let variable: VariableSlot
  let value: ExprNode
  let type: StaticType

  init(variable: VariableSlot, value: ExprNode, type: StaticType, span: SourceSpan) {
    self.variable = variable
    self.value = value
    self.type = type
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    variable.initialize(try type.evaluate(value, interpreter, .declaration), interpreter)
    return .normal
  }
}

/// `let (a, b) = value` and `for (i, x) in …`: binds the parts of a tuple.
struct Destructuring {
  indirect enum Target {
    case variable(VariableSlot)
    case ignore
    case tuple([Target])
  }

  let target: Target

  func bind(_ value: Value, _ interpreter: Interpreter, span: SourceSpan) throws {
    try bind(target, value, interpreter, span)
  }

  private func bind(_ target: Target, _ value: Value, _ interpreter: Interpreter, _ span: SourceSpan) throws {
    switch target {
    case .variable(let slot): slot.initialize(value, interpreter)
    case .ignore: break
    case .tuple(let parts):
      guard case .tuple(let tuple) = value, tuple.elements.count == parts.count else {
        throw Diagnostic(.runtime, "cannot destructure a value of type '\(value.typeName)' into a tuple of \(parts.count)", at: span)
      }
      for (part, element) in zip(parts, tuple.elements) { try bind(part, element, interpreter, span) }
    }
  }
}

final class DestructuringNode: StmtNode {
  let destructuring: Destructuring
  let value: ExprNode

  init(destructuring: Destructuring, value: ExprNode, span: SourceSpan) {
    self.destructuring = destructuring
    self.value = value
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    try destructuring.bind(try value.eval(interpreter), interpreter, span: span)
    return .normal
  }
}

/// A condition of `if`, `guard` or `while`.
enum ConditionNode {
  case boolean(ExprNode)
  /// `let x = optional`: binds the wrapped value when there is one.
  case binding(VariableSlot, ExprNode)
  /// `case pattern = value`.
  case pattern(PatternNode, ExprNode)

  func holds(_ interpreter: Interpreter) throws -> Bool {
    switch self {
    case .boolean(let node):
      return try condition(node, interpreter)
    case .binding(let variable, let node):
      switch try node.eval(interpreter) {
      case .some(let wrapped):
        variable.initialize(wrapped, interpreter)
        return true
      case .none:
        return false
      case let other:
        throw Diagnostic(.runtime, "initializer for conditional binding must have Optional type, not '\(other.typeName)'", at: node.span)
      }
    case .pattern(let pattern, let node):
      return try pattern.matches(try node.eval(interpreter), interpreter)
    }
  }
}

@inline(__always)
func allHold(_ conditions: [ConditionNode], _ interpreter: Interpreter) throws -> Bool {
  for condition in conditions where !(try condition.holds(interpreter)) { return false }
  return true
}

final class IfNode: StmtNode {
  let conditions: [ConditionNode]
  let thenBody: [StmtNode]
  let elseBody: [StmtNode]

  init(conditions: [ConditionNode], thenBody: [StmtNode], elseBody: [StmtNode], span: SourceSpan) {
    self.conditions = conditions
    self.thenBody = thenBody
    self.elseBody = elseBody
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    try execute(allHold(conditions, interpreter) ? thenBody : elseBody, interpreter)
  }
}

/// `guard conditions else { … }`; the resolver checks that the else block leaves the scope.
final class GuardNode: StmtNode {
  let conditions: [ConditionNode]
  let elseBody: [StmtNode]

  init(conditions: [ConditionNode], elseBody: [StmtNode], span: SourceSpan) {
    self.conditions = conditions
    self.elseBody = elseBody
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    if try allHold(conditions, interpreter) { return .normal }
    let flow = try execute(elseBody, interpreter)
    guard case .normal = flow else { return flow }
    throw Diagnostic(.runtime, "'guard' body must not fall through; end it with 'return', 'break', 'continue' or 'throw'", at: span)
  }
}

/// Decides what a loop does after its body finished with `flow`: nil to keep looping, or
/// the flow to leave the loop with.
@inline(__always)
func loopExit(_ flow: Flow, loop id: Int) -> Flow? {
  switch flow {
  case .normal: return nil
  case .breakLoop(let target): return target == id ? .normal : flow
  case .continueLoop(let target): return target == id ? nil : flow
  case .returned: return flow
  }
}

final class WhileNode: StmtNode {
  let id: Int
  let conditions: [ConditionNode]
  let body: [StmtNode]

  init(id: Int, conditions: [ConditionNode], body: [StmtNode], span: SourceSpan) {
    self.id = id
    self.conditions = conditions
    self.body = body
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    while try allHold(conditions, interpreter) {
      try interpreter.checkInterrupt(span)
      if let exit = loopExit(try execute(body, interpreter), loop: id) { return exit }
    }
    return .normal
  }
}

final class RepeatNode: StmtNode {
  let id: Int
  let body: [StmtNode]
  let condition: ExprNode

  init(id: Int, body: [StmtNode], condition: ExprNode, span: SourceSpan) {
    self.id = id
    self.body = body
    self.condition = condition
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    repeat {
      try interpreter.checkInterrupt(span)
      if let exit = loopExit(try execute(body, interpreter), loop: id) { return exit }
    } while try FolioScript.condition(condition, interpreter)
    return .normal
  }
}

/// `for pattern in sequence where condition { … }`.
final class ForInNode: StmtNode {
  let id: Int
  /// The loop variable, when it is a single name.
  let variable: VariableSlot?
  /// The loop pattern, when it is a tuple.
  let destructuring: Destructuring?
  let sequence: ExprNode
  let whereClause: ExprNode?
  let body: [StmtNode]

  init(id: Int, variable: VariableSlot?, destructuring: Destructuring?, sequence: ExprNode, whereClause: ExprNode?,
       body: [StmtNode], span: SourceSpan) {
    self.id = id
    self.variable = variable
    self.destructuring = destructuring
    self.sequence = sequence
    self.whereClause = whereClause
    self.body = body
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    let values = try sequence.eval(interpreter)
    if case .range(let range) = values, let (lower, upper) = range.integerBounds {
      // The common case: a counting loop without materialising the range.
      guard lower <= (range.isClosed ? upper : upper - 1) else { return .normal }
      let last = range.isClosed ? upper : upper - 1
      var i = lower
      if let variable, !variable.isBoxed, whereClause == nil {
        // The hot case: store the counter straight into its slot.
        while true {
          try interpreter.checkInterrupt(span)
          switch variable.place {
          case .global: interpreter.globals[variable.slot] = .int(i)
          case .local: interpreter.frame[variable.slot] = .int(i)
          }
          if let exit = loopExit(try execute(body, interpreter), loop: id) { return exit }
          if i == last { break }  // `i += 1` could overflow on a range ending at Int.max.
          i += 1
        }
        return .normal
      }
      while true {
        if let exit = try iteration(.int(i), interpreter) { return exit }
        if i == last { break }
        i += 1
      }
      return .normal
    }
    if case .object(let object) = values, let makeIterator = object.type.makeIterator {
      return try iterate(try located(sequence.span) { try makeIterator(object.object) }, interpreter)
    }
    let elements = try located(sequence.span) { try BuiltinMethods.elements(of: values, interpreter) }
    for element in elements {
      if let exit = try iteration(element, interpreter) { return exit }
    }
    return .normal
  }

  /// Runs the loop over an engine sequence, telling it when the loop is left.
  private func iterate(_ iterator: HostIterator, _ interpreter: Interpreter) throws -> Flow {
    let flow: Flow
    do {
      flow = try loop(over: iterator, interpreter)
    } catch {
      // The loop's own error is the one to report; the sequence is only told it ended.
      try? iterator.finish()
      throw error
    }
    try located(sequence.span) { try iterator.finish() }
    return flow
  }

  private func loop(over iterator: HostIterator, _ interpreter: Interpreter) throws -> Flow {
    while let element = try located(sequence.span, { try iterator.next() }) {
      if let exit = try iteration(element, interpreter) { return exit }
    }
    return .normal
  }

  /// Runs one iteration; returns the flow to leave the loop with, or nil to go on.
  @inline(__always)
  private func iteration(_ element: Value, _ interpreter: Interpreter) throws -> Flow? {
    try interpreter.checkInterrupt(span)
    if let variable {
      variable.initialize(element, interpreter)
    } else if let destructuring {
      try destructuring.bind(element, interpreter, span: span)
    }
    if let whereClause, !(try condition(whereClause, interpreter)) { return nil }
    return loopExit(try execute(body, interpreter), loop: id)
  }
}

final class BreakNode: StmtNode {
  let target: Int

  init(target: Int, span: SourceSpan) {
    self.target = target
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow { .breakLoop(target) }
}

final class ContinueNode: StmtNode {
  let target: Int

  init(target: Int, span: SourceSpan) {
    self.target = target
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow { .continueLoop(target) }
}

final class ReturnNode: StmtNode {
  let value: ExprNode?
  let type: StaticType

  init(value: ExprNode?, type: StaticType, span: SourceSpan) {
    self.value = value
    self.type = type
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    interpreter.returnValue = try value.map { try type.evaluate($0, interpreter, .returnValue) } ?? .void
    return .returned
  }
}

/// `func` inside a function or a cell: stores the closure in its variable.
final class FunctionDeclarationNode: StmtNode {
  let variable: VariableSlot
  let closure: ClosureNode

  init(variable: VariableSlot, closure: ClosureNode, span: SourceSpan) {
    self.variable = variable
    self.closure = closure
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    // A recursive local function captures its own box, which must exist before the closure
    // is made; the closure is then stored into that same box.
    if variable.isBoxed {
      variable.initialize(.void, interpreter)
      let box = (variable.place == .global ? Storage.global(variable.slot) : Storage.local(variable.slot)).box(interpreter)
      box.value = try closure.eval(interpreter)
    } else {
      variable.initialize(try closure.eval(interpreter), interpreter)
    }
    return .normal
  }
}

final class ThrowNode: StmtNode {
  let value: ExprNode

  init(value: ExprNode, span: SourceSpan) {
    self.value = value
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    let thrown = try value.eval(interpreter)
    guard StaticType.named("Error").accepts(thrown) else {
      throw Diagnostic(.runtime, "thrown expression type '\(thrown.typeName)' does not conform to 'Error'", at: value.span)
    }
    throw ThrownError(value: thrown, span: span)
  }
}

/// `do { … } catch … { … }`.
final class DoCatchNode: StmtNode {
  struct Clause {
    /// The pattern the error must match, or nil to catch any error.
    var pattern: PatternNode?
    /// Where the caught error is stored (`error`, or the name a `let` pattern binds).
    var errorVariable: VariableSlot?
    /// `catch … where condition`.
    var guardExpr: ExprNode?
    var body: [StmtNode]
  }

  let body: [StmtNode]
  let clauses: [Clause]

  init(body: [StmtNode], clauses: [Clause], span: SourceSpan) {
    self.body = body
    self.clauses = clauses
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    do {
      return try execute(body, interpreter)
    } catch let error as ThrownError {
      for clause in clauses {
        if let pattern = clause.pattern, !(try pattern.matches(error.value, interpreter)) { continue }
        clause.errorVariable?.initialize(error.value, interpreter)
        if let guardExpr = clause.guardExpr, !(try condition(guardExpr, interpreter)) { continue }
        return try execute(clause.body, interpreter)
      }
      throw error
    }
  }
}

/// `switch subject { case …: … }`.
final class SwitchNode: StmtNode {
  struct Case {
    var patterns: [PatternNode]
    var guardExpr: ExprNode?
    var body: [StmtNode]
  }

  let id: Int
  let subject: ExprNode
  let cases: [Case]

  init(id: Int, subject: ExprNode, cases: [Case], span: SourceSpan) {
    self.id = id
    self.subject = subject
    self.cases = cases
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    let value = try subject.eval(interpreter)
    for switchCase in cases {
      var matched = switchCase.patterns.isEmpty
      for pattern in switchCase.patterns where try pattern.matches(value, interpreter) {
        matched = true
        break
      }
      guard matched else { continue }
      if let guardExpr = switchCase.guardExpr, !(try condition(guardExpr, interpreter)) { continue }
      let flow = try execute(switchCase.body, interpreter)
      if case .breakLoop(let target) = flow, target == id { return .normal }
      return flow
    }
    let shown = try interpreter.describe(value, span: subject.span)
    throw Diagnostic(.runtime, "switch must be exhaustive: no case matches \(shown); add a 'default' case", at: subject.span)
  }
}
