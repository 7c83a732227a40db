/// `name = value` and `name op= value` for a variable.
final class AssignNode: ExprNode {
  let slot: Int
  /// The operator of a compound assignment, or nil for `=`.
  let op: BinaryOperator?
  let value: ExprNode
  let opSpan: SourceSpan
  /// The variable's declared type, which an integer literal value adapts to.
  let type: StaticType

  init(slot: Int, op: BinaryOperator?, value: ExprNode, type: StaticType, opSpan: SourceSpan, span: SourceSpan) {
    self.slot = slot
    self.op = op
    self.value = value
    self.type = type
    self.opSpan = opSpan
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    var new = try value.eval(interpreter)
    guard let op else {
      interpreter.slots[slot] = try type.adapt(new, at: value)
      return .void
    }
    let old = interpreter.slots[slot]
    // Engine objects such as tensors update in place, as `w -= lr * g` does in PyTorch.
    if case .object(let object) = old, let inPlace = object.type.inPlace {
      if try located(opSpan, { try inPlace(op.rawValue, object.object, new) }) { return .void }
    }
    if (value as? LiteralNode)?.isIntegerLiteral == true, case .double = old, case .int(let n) = new {
      new = .double(Double(n))
    }
    let result = try located(opSpan) { try op.apply(old, new) }
    interpreter.slots[slot] = try type.adapt(result, at: self)
    return .void
  }
}

/// `array[index] = value` for an array variable.
final class SubscriptAssignNode: ExprNode {
  let slot: Int
  let index: ExprNode
  let value: ExprNode
  let elementType: StaticType

  init(slot: Int, index: ExprNode, value: ExprNode, elementType: StaticType, span: SourceSpan) {
    self.slot = slot
    self.index = index
    self.value = value
    self.elementType = elementType
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    let position = try index.eval(interpreter)
    let new = try elementType.adapt(try value.eval(interpreter), at: value)
    var current = interpreter.slots[slot]
    interpreter.slots[slot] = .void
    defer { interpreter.slots[slot] = current }
    try located(span) { try BuiltinMethods.setElement(of: &current, at: position, to: new) }
    return .void
  }
}
