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

/// `let x = value` / `var x: T = value`: stores the first value of a variable.
final class DeclarationNode: StmtNode {
  let slot: Int
  let value: ExprNode
  let type: StaticType

  init(slot: Int, value: ExprNode, type: StaticType, span: SourceSpan) {
    self.slot = slot
    self.value = value
    self.type = type
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    interpreter.slots[slot] = try type.adapt(try value.eval(interpreter), at: value)
    return .normal
  }
}

/// Runs statements in order, stopping at the first `break` or `continue`.
@inline(__always)
func execute(_ body: [StmtNode], _ interpreter: Interpreter) throws -> Flow {
  for statement in body {
    let flow = try statement.exec(interpreter)
    if case .normal = flow { continue }
    return flow
  }
  return .normal
}

final class IfNode: StmtNode {
  let condition: ExprNode
  let thenBody: [StmtNode]
  let elseBody: [StmtNode]

  init(condition: ExprNode, thenBody: [StmtNode], elseBody: [StmtNode], span: SourceSpan) {
    self.condition = condition
    self.thenBody = thenBody
    self.elseBody = elseBody
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    try execute(FolioScript.condition(condition, interpreter) ? thenBody : elseBody, interpreter)
  }
}

final class WhileNode: StmtNode {
  let condition: ExprNode
  let body: [StmtNode]

  init(condition: ExprNode, body: [StmtNode], span: SourceSpan) {
    self.condition = condition
    self.body = body
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    while try FolioScript.condition(condition, interpreter) {
      if case .breakLoop = try execute(body, interpreter) { break }
    }
    return .normal
  }
}

/// `for x in sequence { … }` over a range or an array.
final class ForInNode: StmtNode {
  /// The loop variable's slot, or nil for `for _ in`.
  let slot: Int?
  let sequence: ExprNode
  let body: [StmtNode]

  init(slot: Int?, sequence: ExprNode, body: [StmtNode], span: SourceSpan) {
    self.slot = slot
    self.sequence = sequence
    self.body = body
    super.init(span: span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    let values = try sequence.eval(interpreter)
    switch values {
    case .range(let range):
      var i = range.lower
      let stop = range.isClosed ? range.upper : range.upper - 1
      while i <= stop {
        if let slot { interpreter.slots[slot] = .int(i) }
        if case .breakLoop = try execute(body, interpreter) { break }
        if i == stop { break }  // `i += 1` could overflow on a range ending at Int.max.
        i += 1
      }
    case .array(let elements):
      for element in elements {
        if let slot { interpreter.slots[slot] = element }
        if case .breakLoop = try execute(body, interpreter) { break }
      }
    default:
      throw Diagnostic(.runtime, "for-in loop requires '\(values.typeName)' to be a sequence", at: sequence.span)
    }
    return .normal
  }
}

final class BreakNode: StmtNode {
  override func exec(_ interpreter: Interpreter) throws -> Flow { .breakLoop }
}

final class ContinueNode: StmtNode {
  override func exec(_ interpreter: Interpreter) throws -> Flow { .continueLoop }
}
