/// The binary operators values support, with Swift's rules for Int and Double.
///
/// Int and Double never mix silently: `n * 2.5` with `n` an Int is an error naming both types,
/// as the Swift compiler reports it. Integer overflow and division by zero are errors, not traps.
public enum BinaryOperator: String, CaseIterable {
  case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case halfOpenRange = "..<", closedRange = "..."

  /// Applies the operator, asking a host type when either operand is an engine object.
  public func apply(_ lhs: Value, _ rhs: Value) throws -> Value {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)): return try integer(a, b)
    case (.double(let a), .double(let b)): return try double(a, b)
    case (.string(let a), .string(let b)): return try string(a, b)
    case (.bool(let a), .bool(let b)) where self == .equal || self == .notEqual:
      return .bool((a == b) == (self == .equal))
    case (.array(let a), .array(let b)):
      switch self {
      case .add: return .array(a + b)
      case .equal, .notEqual: return .bool(try Self.equal(a, b) == (self == .equal))
      default: break
      }
    case (.object(let object), _):
      if let result = try object.type.infix?(rawValue, lhs, rhs) { return result }
    case (_, .object(let object)):
      if let result = try object.type.infix?(rawValue, lhs, rhs) { return result }
    default:
      break
    }
    throw mismatch(lhs, rhs)
  }

  private func integer(_ a: Int, _ b: Int) throws -> Value {
    let (value, overflow): (Int, Bool)
    switch self {
    case .add: (value, overflow) = a.addingReportingOverflow(b)
    case .subtract: (value, overflow) = a.subtractingReportingOverflow(b)
    case .multiply: (value, overflow) = a.multipliedReportingOverflow(by: b)
    case .divide, .remainder:
      guard b != 0 else { throw RuntimeError(self == .divide ? "division by zero" : "division by zero in remainder operation") }
      (value, overflow) = self == .divide ? a.dividedReportingOverflow(by: b) : a.remainderReportingOverflow(dividingBy: b)
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return compare(a, b)
    case .halfOpenRange, .closedRange:
      let closed = self == .closedRange
      guard a <= b else {
        throw RuntimeError("range requires lowerBound <= upperBound, but \(a) > \(b)")
      }
      return .range(IntRange(lower: a, upper: b, isClosed: closed))
    }
    guard !overflow else { throw RuntimeError("arithmetic overflow: \(a) \(rawValue) \(b) does not fit in Int") }
    return .int(value)
  }

  private func double(_ a: Double, _ b: Double) throws -> Value {
    switch self {
    case .add: return .double(a + b)
    case .subtract: return .double(a - b)
    case .multiply: return .double(a * b)
    case .divide: return .double(a / b)
    case .remainder:
      throw RuntimeError("'%' is unavailable for Double: use truncatingRemainder(dividingBy:) instead")
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return compare(a, b)
    case .halfOpenRange, .closedRange:
      throw RuntimeError("ranges of Double cannot be iterated; use stride(from:to:by:) instead")
    }
  }

  private func string(_ a: String, _ b: String) throws -> Value {
    switch self {
    case .add: return .string(a + b)
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return compare(a, b)
    default: throw mismatch(.string(a), .string(b))
    }
  }

  /// One of the six comparisons, for any comparable operands.
  private func compare<T: Comparable>(_ a: T, _ b: T) -> Value {
    switch self {
    case .equal: return .bool(a == b)
    case .notEqual: return .bool(a != b)
    case .less: return .bool(a < b)
    case .lessEqual: return .bool(a <= b)
    case .greater: return .bool(a > b)
    case .greaterEqual: return .bool(a >= b)
    default: preconditionFailure("\(self) is not a comparison")
    }
  }

  private static func equal(_ a: [Value], _ b: [Value]) throws -> Bool {
    guard a.count == b.count else { return false }
    for (x, y) in zip(a, b) {
      guard case .bool(true) = try BinaryOperator.equal.apply(x, y) else { return false }
    }
    return true
  }

  private func mismatch(_ lhs: Value, _ rhs: Value) -> RuntimeError {
    if lhs.typeName == rhs.typeName {
      return RuntimeError("binary operator '\(rawValue)' cannot be applied to two '\(lhs.typeName)' operands")
    }
    return RuntimeError(
      "binary operator '\(rawValue)' cannot be applied to operands of type '\(lhs.typeName)' and '\(rhs.typeName)'")
  }
}

/// The prefix operators `-`, `+` and `!`.
public enum PrefixOperator: String {
  case negate = "-", plus = "+", not = "!"

  /// Applies the operator.
  public func apply(_ operand: Value) throws -> Value {
    switch (self, operand) {
    case (.negate, .int(let a)):
      let (value, overflow) = Int(0).subtractingReportingOverflow(a)
      guard !overflow else { throw RuntimeError("arithmetic overflow: -(\(a)) does not fit in Int") }
      return .int(value)
    case (.negate, .double(let a)): return .double(-a)
    case (.plus, .int), (.plus, .double): return operand
    case (.not, .bool(let a)): return .bool(!a)
    case (_, .object(let object)):
      if let result = try object.type.prefix?(rawValue, object.object) { return result }
    default: break
    }
    throw RuntimeError("unary operator '\(rawValue)' cannot be applied to an operand of type '\(operand.typeName)'")
  }
}
