/// A value of the cell language.
///
/// Int and Double are kept apart as in Swift. Arrays, dictionaries, tuples and struct
/// instances have value semantics (copy-on-write underneath); class instances, closures and
/// engine objects (tensors, figures) are references.
public enum Value {
  /// The empty tuple `()`: what statements and void functions produce.
  case void
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([Value])
  case dictionary(DictionaryValue)
  /// `a..<b` or `a...b`.
  indirect case range(RangeValue)
  case tuple(TupleValue)
  /// An optional holding a value; `nil` is `.none`.
  indirect case some(Value)
  case none
  /// A built-in or engine function.
  case function(Function)
  /// A function or closure written in a cell, with its captured variables.
  case closure(Closure)
  /// An object the host exposes, such as a tensor.
  case object(HostObject)
  /// An instance of a struct or class declared in a cell.
  case instance(Instance)
  /// A case of an enum declared in a cell.
  case enumCase(EnumInstance)
  /// A type used as a value, as in `Tensor.randn` or `Int.max`.
  case type(TypeRef)
  /// The storage of a variable captured by a closure; never seen by cells.
  case box(Box)

  /// The Swift name of the value's type, for error messages: `Int`, `[Double]`, `Tensor`.
  public var typeName: String {
    switch self {
    case .void: return "()"
    case .bool: return "Bool"
    case .int: return "Int"
    case .double: return "Double"
    case .string: return "String"
    case .array(let elements): return "[\(elements.first?.typeName ?? "Any")]"
    case .dictionary(let dictionary):
      return "[\(dictionary.keys.first?.typeName ?? "AnyHashable"): \(dictionary.values.first?.typeName ?? "Any")]"
    case .range(let range): return range.isClosed ? "ClosedRange<\(range.lower.typeName)>" : "Range<\(range.lower.typeName)>"
    case .tuple(let tuple): return "(" + tuple.elements.map(\.typeName).joined(separator: ", ") + ")"
    case .some(let wrapped): return "Optional<\(wrapped.typeName)>"
    case .none: return "Optional"
    case .function, .closure: return "function"
    case .object(let object): return object.type.name
    case .instance(let instance): return instance.type.name
    case .enumCase(let value): return value.type.name
    case .type(let type): return "\(type.name).Type"
    case .box(let box): return box.value.typeName
    }
  }
}

/// A variable's storage when a closure captures it, shared by the closure and its scope.
public final class Box {
  /// The variable's current value.
  public var value: Value

  init(_ value: Value) { self.value = value }
}

/// A range `lower..<upper` or `lower...upper` of Ints, Doubles or Strings.
public struct RangeValue {
  /// The lower bound.
  public var lower: Value
  /// The upper bound as written: excluded for `..<`, included for `...`.
  public var upper: Value
  /// Whether the range was written with `...`.
  public var isClosed: Bool

  /// The integer bounds, when both are Ints.
  var integerBounds: (lower: Int, upper: Int)? {
    guard case .int(let lower) = lower, case .int(let upper) = upper else { return nil }
    return (lower, upper)
  }

  /// The number of Ints in an integer range.
  var count: Int? {
    guard let (lower, upper) = integerBounds else { return nil }
    return isClosed ? upper - lower + 1 : upper - lower
  }
}

/// A tuple: its elements and, where written, their labels.
public struct TupleValue {
  /// The elements in order.
  public var elements: [Value]
  /// One label per element (nil where unlabelled), or nil when no element has a label.
  public var labels: [String?]?

  /// Creates a tuple value.
  public init(elements: [Value], labels: [String?]?) {
    self.elements = elements
    self.labels = labels
  }
}

/// A dictionary that remembers insertion order, so iteration and printing are the same on
/// every run (Swift's own order changes from run to run).
public struct DictionaryValue {
  /// The keys, in insertion order.
  public private(set) var keys: [Value] = []
  /// The values, parallel to `keys`.
  public private(set) var values: [Value] = []
  private var index: [HashKey: Int] = [:]

  /// Creates an empty dictionary.
  public init() {}

  /// The value for `key`, or nil.
  public subscript(key: Value) -> Value? {
    guard let hash = HashKey(key), let position = index[hash] else { return nil }
    return values[position]
  }

  /// Sets or replaces the value for `key`; throws if the key is not hashable.
  public mutating func set(_ value: Value, for key: Value) throws {
    guard let hash = HashKey(key) else { throw RuntimeError("type '\(key.typeName)' cannot be a dictionary key") }
    if let position = index[hash] {
      values[position] = value
    } else {
      index[hash] = keys.count
      keys.append(key)
      values.append(value)
    }
  }

  /// Removes `key` and returns its value, if it was there.
  @discardableResult
  public mutating func remove(_ key: Value) -> Value? {
    guard let hash = HashKey(key), let position = index.removeValue(forKey: hash) else { return nil }
    keys.remove(at: position)
    let removed = values.remove(at: position)
    for (hash, other) in index where other > position { index[hash] = other - 1 }
    return removed
  }

  /// The number of entries.
  public var count: Int { keys.count }
}

/// The hashable identity of a dictionary key: Ints, Doubles, Strings, Bools, enum cases
/// without payloads, and tuples of those.
struct HashKey: Hashable {
  private let parts: [Part]

  private enum Part: Hashable {
    case int(Int), double(Double), string(String), bool(Bool), enumCase(ObjectIdentifier, Int)
  }

  init?(_ value: Value) {
    switch value {
    case .int(let n): parts = [.int(n)]
    case .double(let d): parts = [.double(d)]
    case .string(let s): parts = [.string(s)]
    case .bool(let b): parts = [.bool(b)]
    case .enumCase(let e) where e.payload.isEmpty: parts = [.enumCase(ObjectIdentifier(e.type), e.caseIndex)]
    case .tuple(let tuple):
      var collected: [Part] = []
      for element in tuple.elements {
        guard let key = HashKey(element) else { return nil }
        collected.append(contentsOf: key.parts)
      }
      parts = collected
    default: return nil
    }
  }
}

/// An engine object seen from a cell: the object and the table of its script-facing members.
public struct HostObject {
  /// The engine object.
  public let object: AnyObject
  /// Its members, operators and printed form.
  public let type: HostType

  /// Wraps an engine object with its type's bindings.
  public init(_ object: AnyObject, type: HostType) {
    self.object = object
    self.type = type
  }
}

/// A type as a value: a host type, a type declared in a cell, or a built-in type.
public enum TypeRef {
  case host(HostType)
  case user(UserType)
  /// `Int`, `Double`, `String`, `Bool`, `Array`, …
  case builtin(String)

  /// The type's name.
  public var name: String {
    switch self {
    case .host(let type): return type.name
    case .user(let type): return type.name
    case .builtin(let name): return name
    }
  }
}

extension Value {
  /// The payload `extract` finds in `target`, moved out so that it holds the only reference,
  /// with `target` left `.void` until the caller puts it back. Binding the payload with
  /// `switch target` instead shares it with the switch's own copy of the value, so an array,
  /// dictionary or instance changed through it would be copied first, every time.
  static func take<T>(_ target: inout Value, _ extract: (Value) -> T?) -> T? {
    guard let payload = extract(target) else { return nil }
    target = .void
    return payload
  }
}
