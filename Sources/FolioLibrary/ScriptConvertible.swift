import FolioScript
import FolioTensor

/// A Swift type that crosses between cells and the engine: converted from a script value
/// when passed as an argument, and back when returned.
///
/// All argument checking happens here, so every binding reports a wrong argument the same
/// way: `expected 'Tensor', got 'Int'`.
protocol ScriptConvertible {
  /// The name cells know the type by.
  static var scriptTypeName: String { get }
  /// Converts a script value, or throws saying what was expected.
  static func from(_ value: Value) throws -> Self
  /// The value as a script value.
  var scriptValue: Value { get }
}

extension ScriptConvertible {
  static func mismatch(_ value: Value) -> RuntimeError {
    RuntimeError("expected '\(scriptTypeName)', got '\(value.typeName)'")
  }

  /// The engine object a value wraps, if it is one of this type.
  static func hostObject(_ value: Value) throws -> Self {
    guard case .object(let object) = value, let wrapped = object.object as? Self else { throw mismatch(value) }
    return wrapped
  }
}

extension Int: ScriptConvertible {
  static var scriptTypeName: String { "Int" }
  static func from(_ value: Value) throws -> Int {
    guard case .int(let n) = value else { throw mismatch(value) }
    return n
  }
  var scriptValue: Value { .int(self) }
}

extension Double: ScriptConvertible {
  static var scriptTypeName: String { "Double" }
  /// Ints are accepted too: engine functions take Doubles where Swift code would pass
  /// literals such as `lr: 1` that the compiler would have typed as Double.
  static func from(_ value: Value) throws -> Double {
    switch value {
    case .double(let d): return d
    case .int(let n): return Double(n)
    default: throw mismatch(value)
    }
  }
  var scriptValue: Value { .double(self) }
}

extension String: ScriptConvertible {
  static var scriptTypeName: String { "String" }
  static func from(_ value: Value) throws -> String {
    guard case .string(let s) = value else { throw mismatch(value) }
    return s
  }
  var scriptValue: Value { .string(self) }
}

extension Array: ScriptConvertible where Element: ScriptConvertible {
  static var scriptTypeName: String { "[\(Element.scriptTypeName)]" }
  static func from(_ value: Value) throws -> [Element] {
    guard case .array(let items) = value else { throw mismatch(value) }
    return try items.map { item in
      do { return try Element.from(item) } catch { throw mismatch(value) }
    }
  }
  var scriptValue: Value { .array(map(\.scriptValue)) }
}

extension Tensor: ScriptConvertible {
  static var scriptTypeName: String { "Tensor" }
  static func from(_ value: Value) throws -> Tensor { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: TensorBindings.type)) }
}

/// The value a function without a result returns.
struct Nothing: ScriptConvertible {
  static var scriptTypeName: String { "()" }
  static func from(_ value: Value) throws -> Nothing { Nothing() }
  var scriptValue: Value { .void }
}

extension Bool: ScriptConvertible {
  static var scriptTypeName: String { "Bool" }
  static func from(_ value: Value) throws -> Bool {
    guard case .bool(let b) = value else { throw mismatch(value) }
    return b
  }
  var scriptValue: Value { .bool(self) }
}

extension Optional: ScriptConvertible where Wrapped: ScriptConvertible {
  static var scriptTypeName: String { "\(Wrapped.scriptTypeName)?" }
  static func from(_ value: Value) throws -> Wrapped? {
    switch value {
    case .none: return nil
    case .some(let wrapped): return try Wrapped.from(wrapped)
    default: return try Wrapped.from(value)
    }
  }
  var scriptValue: Value { map { .some($0.scriptValue) } ?? .none }
}

/// Any value, passed through unconverted, for bindings that inspect it themselves.
extension Value: ScriptConvertible {
  static var scriptTypeName: String { "Any" }
  static func from(_ value: Value) throws -> Value { value }
  var scriptValue: Value { self }
}

/// A named pair of results, as `t.max(dim: 1)` returns `(values, indices)`.
struct Labelled2<A: ScriptConvertible, B: ScriptConvertible>: ScriptConvertible {
  let labels: (String, String)
  let values: (A, B)
  static var scriptTypeName: String { "(\(A.scriptTypeName), \(B.scriptTypeName))" }
  static func from(_ value: Value) throws -> Labelled2 { throw mismatch(value) }
  var scriptValue: Value {
    .tuple(TupleValue(elements: [values.0.scriptValue, values.1.scriptValue], labels: [labels.0, labels.1]))
  }
}

/// A named triple of results, as `a.svd()` returns `(U, S, Vh)`.
struct Labelled3<A: ScriptConvertible, B: ScriptConvertible, C: ScriptConvertible>: ScriptConvertible {
  let labels: (String, String, String)
  let values: (A, B, C)
  static var scriptTypeName: String { "(\(A.scriptTypeName), \(B.scriptTypeName), \(C.scriptTypeName))" }
  static func from(_ value: Value) throws -> Labelled3 { throw mismatch(value) }
  var scriptValue: Value {
    .tuple(TupleValue(
      elements: [values.0.scriptValue, values.1.scriptValue, values.2.scriptValue],
      labels: [labels.0, labels.1, labels.2]))
  }
}

/// A size given as one Int for both dimensions or as a pair: `stride: 2` or `stride: (2, 1)`.
struct SizePair: ScriptConvertible {
  let pair: (Int, Int)
  static var scriptTypeName: String { "Int or (Int, Int)" }
  static func from(_ value: Value) throws -> SizePair {
    switch value {
    case .int(let n): return SizePair(pair: (n, n))
    case .tuple(let tuple) where tuple.elements.count == 2:
      guard case .int(let a) = tuple.elements[0], case .int(let b) = tuple.elements[1] else { throw mismatch(value) }
      return SizePair(pair: (a, b))
    default: throw mismatch(value)
    }
  }
  var scriptValue: Value { .tuple(TupleValue(elements: [.int(pair.0), .int(pair.1)], labels: nil)) }
}
