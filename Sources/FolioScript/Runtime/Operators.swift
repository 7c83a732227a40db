/// The binary operators values support, with Swift's rules for each type.
///
/// Int and Double never mix silently: `n * 2.5` with `n` an Int is an error naming both types,
/// as the Swift compiler reports it. Integer overflow and division by zero are errors, not traps.
public enum BinaryOperator: String, CaseIterable {
  case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case identical = "===", notIdentical = "!=="
  case halfOpenRange = "..<", closedRange = "..."

  /// Applies the operator, asking a host type when either operand is an engine object.
  public func apply(_ lhs: Value, _ rhs: Value) throws -> Value {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)): return try integer(a, b)
    case (.double(let a), .double(let b)): return try double(a, b)
    case (.string(let a), .string(let b)): return try string(a, b)
    case (.object(let object), _):
      if let result = try object.type.infix?(rawValue, lhs, rhs) { return result }
    case (_, .object(let object)):
      if let result = try object.type.infix?(rawValue, lhs, rhs) { return result }
    case (.array(let a), .array(let b)) where self == .add:
      return .array(a + b)
    default:
      break
    }
    switch self {
    case .equal, .notEqual:
      guard let equal = try Self.equal(lhs, rhs) else { throw mismatch(lhs, rhs) }
      return .bool(equal == (self == .equal))
    case .identical, .notIdentical:
      guard let same = Self.identical(lhs, rhs) else { throw mismatch(lhs, rhs) }
      return .bool(same == (self == .identical))
    case .less, .lessEqual, .greater, .greaterEqual:
      if case .enumCase(let a) = lhs, case .enumCase(let b) = rhs, a.type === b.type, a.type.conforms(to: "Comparable") {
        return compare(a.caseIndex, b.caseIndex)
      }
      if case .tuple(let a) = lhs, case .tuple(let b) = rhs, a.elements.count == b.elements.count {
        return try tupleOrder(a.elements, b.elements)
      }
    case .halfOpenRange, .closedRange:
      if lhs.typeName == rhs.typeName, case .double = lhs {
        return .range(RangeValue(lower: lhs, upper: rhs, isClosed: self == .closedRange))
      }
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
    case .identical, .notIdentical: throw mismatch(.int(a), .int(b))
    case .halfOpenRange, .closedRange:
      guard a <= b else {
        throw RuntimeError("range requires lowerBound <= upperBound, but \(a) > \(b)")
      }
      return .range(RangeValue(lower: .int(a), upper: .int(b), isClosed: self == .closedRange))
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
    case .identical, .notIdentical: throw mismatch(.double(a), .double(b))
    case .halfOpenRange, .closedRange:
      guard a <= b else { throw RuntimeError("range requires lowerBound <= upperBound, but \(a) > \(b)") }
      return .range(RangeValue(lower: .double(a), upper: .double(b), isClosed: self == .closedRange))
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

  /// Swift compares tuples element by element, up to the first difference.
  private func tupleOrder(_ a: [Value], _ b: [Value]) throws -> Value {
    for (x, y) in zip(a, b) {
      guard let equal = try Self.equal(x, y) else { throw mismatch(.tuple(TupleValue(elements: a, labels: nil)), .tuple(TupleValue(elements: b, labels: nil))) }
      if !equal { return try apply(x, y) }
    }
    return .bool(self == .lessEqual || self == .greaterEqual)
  }

  /// Swift's `==`: nil when the operands cannot be compared (types differ, or a struct or
  /// class that is not Equatable).
  static func equal(_ a: Value, _ b: Value) throws -> Bool? {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.double(let x), .double(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.bool(let x), .bool(let y)): return x == y
    case (.void, .void): return true
    case (.none, .none): return true
    case (.none, .some), (.some, .none): return false
    case (.some(let x), .some(let y)): return try equal(x, y)
    case (.some(let x), _): return try equal(x, b)
    case (_, .some(let y)): return try equal(a, y)
    case (.none, _), (_, .none): return false
    case (.array(let x), .array(let y)):
      guard x.count == y.count else { return false }
      for (p, q) in zip(x, y) {
        guard let same = try equal(p, q) else { return nil }
        if !same { return false }
      }
      return true
    case (.tuple(let x), .tuple(let y)) where x.elements.count == y.elements.count:
      for (p, q) in zip(x.elements, y.elements) {
        guard let same = try equal(p, q) else { return nil }
        if !same { return false }
      }
      return true
    case (.dictionary(let x), .dictionary(let y)):
      guard x.count == y.count else { return false }
      for (key, value) in zip(x.keys, x.values) {
        guard let other = y[key], let same = try equal(value, other), same else { return false }
      }
      return true
    case (.range(let x), .range(let y)):
      let lowerEqual = try equal(x.lower, y.lower) ?? false
      let upperEqual = try equal(x.upper, y.upper) ?? false
      return x.isClosed == y.isClosed && lowerEqual && upperEqual
    case (.enumCase(let x), .enumCase(let y)) where x.type === y.type:
      // Enums without associated values are Equatable automatically; others must declare it.
      guard x.type.cases.allSatisfy({ $0.associatedLabels == nil }) || x.type.conforms(to: "Equatable")
        || x.type.conforms(to: "Hashable")
      else { return nil }
      guard x.caseIndex == y.caseIndex else { return false }
      for (p, q) in zip(x.payload, y.payload) {
        guard let same = try equal(p, q) else { return nil }
        if !same { return false }
      }
      return true
    case (.instance(let x), .instance(let y)) where x.type === y.type:
      guard x.type.conforms(to: "Equatable") || x.type.conforms(to: "Hashable") || x.type.conforms(to: "Comparable") else {
        return nil
      }
      if !x.type.isValueType && x === y { return true }
      for (p, q) in zip(x.fields, y.fields) {
        guard let same = try equal(p, q) else { return nil }
        if !same { return false }
      }
      return true
    default:
      return nil
    }
  }

  /// `===`: whether two class instances (or engine objects) are the same object.
  private static func identical(_ a: Value, _ b: Value) -> Bool? {
    switch (a, b) {
    case (.instance(let x), .instance(let y)) where !x.type.isValueType: return x === y
    case (.object(let x), .object(let y)): return x.object === y.object
    case (.none, .none): return true
    case (.some(let x), _): return identical(x, b)
    case (_, .some(let y)): return identical(a, y)
    case (.none, _), (_, .none): return false
    default: return nil
    }
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
