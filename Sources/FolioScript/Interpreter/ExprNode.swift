/// A resolved expression, ready to run: names are already slots, operators already enums.
///
/// Nodes are final subclasses with an overridden `eval`, the fastest of the designs measured
/// for this interpreter (class dispatch beats switching over an indirect enum).
class ExprNode {
  /// Where the expression is, for runtime errors.
  let span: SourceSpan

  init(span: SourceSpan) { self.span = span }

  /// Computes the expression's value.
  func eval(_ interpreter: Interpreter) throws -> Value {
    preconditionFailure("\(type(of: self)) must override eval")
  }

  /// Runs `body`, attaching `span` to any error that does not have a location yet.
  @inline(__always)
  final func located<T>(_ span: SourceSpan, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let diagnostic as Diagnostic {
      throw diagnostic
    } catch {
      throw Diagnostic(.runtime, String(describing: error), at: span)
    }
  }
}

final class LiteralNode: ExprNode {
  let value: Value
  /// Whether this is an integer literal, which adapts to Double beside a Double as in Swift.
  let isIntegerLiteral: Bool

  init(_ value: Value, integerLiteral: Bool = false, span: SourceSpan) {
    self.value = value
    self.isIntegerLiteral = integerLiteral
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value { value }
}

final class SlotNode: ExprNode {
  let slot: Int

  init(slot: Int, span: SourceSpan) {
    self.slot = slot
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value { interpreter.slots[slot] }
}

final class InterpolationNode: ExprNode {
  let parts: [Either]
  enum Either {
    case text(String)
    case expr(ExprNode)
  }

  init(parts: [Either], span: SourceSpan) {
    self.parts = parts
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    var result = ""
    for part in parts {
      switch part {
      case .text(let text): result += text
      case .expr(let expr): result += try expr.eval(interpreter).description
      }
    }
    return .string(result)
  }
}

final class ArrayNode: ExprNode {
  let elements: [ExprNode]

  init(elements: [ExprNode], span: SourceSpan) {
    self.elements = elements
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    var values: [Value] = []
    values.reserveCapacity(elements.count)
    for element in elements { values.append(try element.eval(interpreter)) }
    // Swift infers [Double] for `[1, 2.5]`: integer literals follow the doubles beside them.
    if values.contains(where: { if case .double = $0 { return true } else { return false } }) {
      for (index, node) in elements.enumerated() {
        if let literal = node as? LiteralNode, literal.isIntegerLiteral, case .int(let n) = values[index] {
          values[index] = .double(Double(n))
        }
      }
    }
    try checkHomogeneous(values)
    return .array(values)
  }

  private func checkHomogeneous(_ values: [Value]) throws {
    guard let first = values.first else { return }
    for (index, value) in values.enumerated() where value.typeName != first.typeName {
      throw Diagnostic(
        .runtime, "heterogeneous array literal: element is '\(value.typeName)' but the first is '\(first.typeName)'",
        at: elements[index].span)
    }
  }
}

final class BinaryNode: ExprNode {
  let op: BinaryOperator
  let lhs: ExprNode
  let rhs: ExprNode
  let opSpan: SourceSpan
  /// An integer literal operand becomes a Double when the other operand is a Double.
  let lhsAdapts: Bool
  let rhsAdapts: Bool

  init(op: BinaryOperator, lhs: ExprNode, rhs: ExprNode, opSpan: SourceSpan, span: SourceSpan) {
    self.op = op
    self.lhs = lhs
    self.rhs = rhs
    self.opSpan = opSpan
    self.lhsAdapts = (lhs as? LiteralNode)?.isIntegerLiteral ?? false
    self.rhsAdapts = (rhs as? LiteralNode)?.isIntegerLiteral ?? false
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    var left = try lhs.eval(interpreter)
    var right = try rhs.eval(interpreter)
    if lhsAdapts, case .int(let n) = left, case .double = right { left = .double(Double(n)) }
    if rhsAdapts, case .int(let n) = right, case .double = left { right = .double(Double(n)) }
    return try located(opSpan) { try op.apply(left, right) }
  }
}

/// `&&` and `||`, which evaluate their right operand only when needed.
final class LogicalNode: ExprNode {
  let isAnd: Bool
  let lhs: ExprNode
  let rhs: ExprNode

  init(isAnd: Bool, lhs: ExprNode, rhs: ExprNode, span: SourceSpan) {
    self.isAnd = isAnd
    self.lhs = lhs
    self.rhs = rhs
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    let left = try condition(lhs, interpreter)
    if left != isAnd { return .bool(left) }
    return .bool(try condition(rhs, interpreter))
  }
}

/// Evaluates a Bool condition; Swift has no truthiness, so anything else is an error.
func condition(_ node: ExprNode, _ interpreter: Interpreter) throws -> Bool {
  let value = try node.eval(interpreter)
  guard case .bool(let flag) = value else {
    throw Diagnostic(.runtime, "type '\(value.typeName)' cannot be used as a boolean; test for '!= 0' instead", at: node.span)
  }
  return flag
}

final class PrefixNode: ExprNode {
  let op: PrefixOperator
  let operand: ExprNode

  init(op: PrefixOperator, operand: ExprNode, span: SourceSpan) {
    self.op = op
    self.operand = operand
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    let value = try operand.eval(interpreter)
    return try located(span) { try op.apply(value) }
  }
}
