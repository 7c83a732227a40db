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
  static func from(_ value: Value) throws -> Tensor {
    guard case .object(let object) = value, let tensor = object.object as? Tensor else { throw mismatch(value) }
    return tensor
  }
  var scriptValue: Value { .object(HostObject(self, type: TensorBindings.type)) }
}

/// The value a function without a result returns.
struct Nothing: ScriptConvertible {
  static var scriptTypeName: String { "()" }
  static func from(_ value: Value) throws -> Nothing { Nothing() }
  var scriptValue: Value { .void }
}
