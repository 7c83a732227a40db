/// The methods and properties of the language's own values: arrays, strings and ranges.
enum BuiltinMethods {
  /// The names of the methods that change the array they are called on.
  static let mutating: Set<String> = ["append", "insert", "removeLast", "removeAll", "remove"]

  /// A non-mutating method of a built-in value, taking the value as its first argument.
  static func method(named name: String, of value: Value) -> Function? {
    switch (value, name) {
    case (.array, "contains"):
      return Function("contains", Signature([.init(nil)])) { _, args in
        guard case .array(let items) = args[0] else { return .bool(false) }
        return .bool(try items.contains { try isEqual($0, args[1]) })
      }
    case (.string, "uppercased"):
      return Function("uppercased", Signature([])) { _, args in .string(args[0].description.uppercased()) }
    case (.string, "lowercased"):
      return Function("lowercased", Signature([])) { _, args in .string(args[0].description.lowercased()) }
    default:
      return nil
    }
  }

  /// Applies a mutating method to an array in place.
  static func mutate(_ target: inout Value, name: String, arguments: [(label: String?, value: Value)]) throws -> Value {
    guard case .array(var items) = target else {
      throw RuntimeError("value of type '\(target.typeName)' has no member '\(name)'")
    }
    target = .void  // Keep `items` the array's only reference while it changes.
    defer { target = .array(items) }
    let labels = arguments.map(\.label)
    switch (name, labels) {
    case ("append", [nil]):
      if let first = items.first, first.typeName != arguments[0].value.typeName {
        throw RuntimeError(
          "cannot append value of type '\(arguments[0].value.typeName)' to an array of '\(first.typeName)'")
      }
      items.append(arguments[0].value)
      return .void
    case ("insert", [nil, "at"]):
      let index = try integer(arguments[1].value, "at:")
      guard index >= 0 && index <= items.count else {
        throw RuntimeError("array index \(index) out of range for insert into an array of count \(items.count)")
      }
      items.insert(arguments[0].value, at: index)
      return .void
    case ("remove", ["at"]):
      let index = try integer(arguments[0].value, "at:")
      guard items.indices.contains(index) else {
        throw RuntimeError("index \(index) out of range for array of count \(items.count)")
      }
      return items.remove(at: index)
    case ("removeLast", []):
      guard !items.isEmpty else { throw RuntimeError("can't remove last element from an empty array") }
      return items.removeLast()
    case ("removeAll", []):
      items.removeAll()
      return .void
    default:
      let spelled = labels.map { "\($0 ?? "_"):" }.joined()
      throw RuntimeError("array has no mutating method '\(name)(\(spelled))'")
    }
  }

  /// A property of a built-in value, or nil if it has none of that name.
  static func property(named name: String, of value: Value) -> Value? {
    switch (value, name) {
    case (.array(let items), "count"): return .int(items.count)
    case (.array(let items), "isEmpty"): return .bool(items.isEmpty)
    case (.string(let text), "count"): return .int(text.count)
    case (.string(let text), "isEmpty"): return .bool(text.isEmpty)
    case (.range(let range), "count"): return .int(range.count)
    case (.range(let range), "lowerBound"): return .int(range.lower)
    case (.range(let range), "upperBound"): return .int(range.upper)
    default: return nil
    }
  }

  /// `container[position]` for arrays: an element for an Int, a slice for a range.
  static func element(of container: Value, at position: Value) throws -> Value {
    guard case .array(let items) = container else {
      throw RuntimeError("value of type '\(container.typeName)' has no subscripts")
    }
    switch position {
    case .int(let index):
      guard items.indices.contains(index) else {
        throw RuntimeError("index \(index) out of range for array of count \(items.count)")
      }
      return items[index]
    case .range(let range):
      let upper = range.isClosed ? range.upper + 1 : range.upper
      guard range.lower >= 0 && upper <= items.count else {
        throw RuntimeError("range \(Value.range(range)) out of bounds for array of count \(items.count)")
      }
      return .array(Array(items[range.lower..<upper]))
    default:
      throw RuntimeError("cannot subscript an array with a value of type '\(position.typeName)'")
    }
  }

  /// `container[position] = value` for arrays.
  static func setElement(of container: inout Value, at position: Value, to value: Value) throws {
    guard case .array(var items) = container else {
      throw RuntimeError("value of type '\(container.typeName)' has no subscripts")
    }
    let index = try integer(position, "subscript")
    guard items.indices.contains(index) else {
      throw RuntimeError("index \(index) out of range for array of count \(items.count)")
    }
    container = .void
    items[index] = value
    container = .array(items)
  }

  private static func integer(_ value: Value, _ what: String) throws -> Int {
    guard case .int(let n) = value else {
      throw RuntimeError("\(what) expects an 'Int', got '\(value.typeName)'")
    }
    return n
  }

  private static func isEqual(_ a: Value, _ b: Value) throws -> Bool {
    if case .bool(let equal) = try BinaryOperator.equal.apply(a, b) { return equal }
    return false
  }
}
