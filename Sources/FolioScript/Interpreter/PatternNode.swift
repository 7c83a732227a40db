/// A resolved `case` pattern: tests a value and binds the names it declares.
class PatternNode {
  let span: SourceSpan

  init(span: SourceSpan) { self.span = span }

  /// Whether `value` matches; bound names are stored as a side effect.
  func matches(_ value: Value, _ interpreter: Interpreter) throws -> Bool {
    preconditionFailure("\(type(of: self)) must override matches")
  }
}

final class WildcardPattern: PatternNode {
  override func matches(_ value: Value, _ interpreter: Interpreter) throws -> Bool { true }
}

/// `let x`: matches anything and binds it.
final class BindingPatternNode: PatternNode {
  let variable: VariableSlot

  init(variable: VariableSlot, span: SourceSpan) {
    self.variable = variable
    super.init(span: span)
  }

  override func matches(_ value: Value, _ interpreter: Interpreter) throws -> Bool {
    variable.initialize(value, interpreter)
    return true
  }
}

/// An expression: equal to the value, or (for a range) containing it.
final class ExpressionPatternNode: PatternNode {
  let expression: ExprNode

  init(expression: ExprNode, span: SourceSpan) {
    self.expression = expression
    super.init(span: span)
  }

  override func matches(_ value: Value, _ interpreter: Interpreter) throws -> Bool {
    var expected: Value
    if let implicit = expression as? ImplicitMemberNode {
      expected = try implicit.eval(in: value.userType, interpreter)
    } else {
      expected = try expression.eval(interpreter)
    }
    if case .range(var range) = expected, !value.isRange {
      // `case 90...:` over a Double: the literal bounds are Doubles in Swift.
      if case .double = value {
        if case .int(let n) = range.lower { range.lower = .double(Double(n)) }
        if case .int(let n) = range.upper { range.upper = .double(Double(n)) }
      }
      return try located(span) { try range.contains(value) }
    }
    if (expression as? LiteralNode)?.isIntegerLiteral == true, case .double = value, case .int(let n) = expected {
      expected = .double(Double(n))
    }
    guard let equal = try BinaryOperator.equal(value, expected) else {
      throw Diagnostic(.runtime, "expression pattern of type '\(expected.typeName)' cannot match values of type '\(value.typeName)'", at: span)
    }
    return equal
  }
}

final class TuplePatternNode: PatternNode {
  let elements: [PatternNode]

  init(elements: [PatternNode], span: SourceSpan) {
    self.elements = elements
    super.init(span: span)
  }

  override func matches(_ value: Value, _ interpreter: Interpreter) throws -> Bool {
    guard case .tuple(let tuple) = value, tuple.elements.count == elements.count else {
      throw Diagnostic(.runtime, "tuple pattern of \(elements.count) elements cannot match a value of type '\(value.typeName)'", at: span)
    }
    for (pattern, element) in zip(elements, tuple.elements) where !(try pattern.matches(element, interpreter)) {
      return false
    }
    return true
  }
}

/// `.circle(let r)`, `Shape.square(_)`, `.north`, and `.some(let x)` / `.none` on optionals.
final class EnumCasePatternNode: PatternNode {
  let name: String
  let arguments: [PatternNode]?

  init(name: String, arguments: [PatternNode]?, span: SourceSpan) {
    self.name = name
    self.arguments = arguments
    super.init(span: span)
  }

  override func matches(_ value: Value, _ interpreter: Interpreter) throws -> Bool {
    switch value {
    case .enumCase(let enumValue):
      guard let index = enumValue.type.caseIndex(named: name) else {
        throw Diagnostic(.runtime, "type '\(enumValue.type.name)' has no case '\(name)'", at: span)
      }
      guard index == enumValue.caseIndex else { return false }
      guard let arguments else { return true }
      if arguments.count == 1 && enumValue.payload.count > 1 {
        // `case .pair(let both)` binds all associated values as one tuple.
        let labels = enumValue.caseInfo.associatedLabels
        return try arguments[0].matches(.tuple(TupleValue(elements: enumValue.payload, labels: labels)), interpreter)
      }
      guard arguments.count == enumValue.payload.count else {
        throw Diagnostic(.runtime, "case '\(name)' has \(enumValue.payload.count) associated values, the pattern \(arguments.count)", at: span)
      }
      for (pattern, element) in zip(arguments, enumValue.payload) where !(try pattern.matches(element, interpreter)) {
        return false
      }
      return true
    case .some(let wrapped):
      if name == "some", let arguments, arguments.count == 1 { return try arguments[0].matches(wrapped, interpreter) }
      if name == "none" { return false }
      return try matches(wrapped, interpreter)
    case .none:
      return name == "none"
    default:
      throw Diagnostic(.runtime, "enum case pattern '.\(name)' cannot match a value of type '\(value.typeName)'", at: span)
    }
  }
}

extension Value {
  var isRange: Bool {
    if case .range = self { return true }
    return false
  }
}

extension RangeValue {
  /// Whether a value lies in the range (Swift's `~=` for ranges).
  func contains(_ value: Value) throws -> Bool {
    // A missing bound (`..<5`, `5...`) is stored as nil and always satisfied.
    if case .none = lower {} else {
      guard case .bool(true) = try BinaryOperator.greaterEqual.apply(value, lower) else { return false }
    }
    if case .none = upper {} else {
      guard case .bool(true) = try (isClosed ? BinaryOperator.lessEqual : .less).apply(value, upper) else { return false }
    }
    return true
  }
}
