/// A value of the cell language.
///
/// Int and Double are kept apart as in Swift; arrays have value semantics through Swift's own
/// copy-on-write arrays; engine objects (tensors, figures) travel as `HostObject`s, which the
/// language treats as opaque references.
public enum Value {
  /// The empty tuple `()`: what statements and void functions produce.
  case void
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([Value])
  /// A half-open (`..<`) or closed (`...`) range of integers.
  case range(IntRange)
  case function(Function)
  /// An object the host exposes, such as a tensor.
  case object(HostObject)
  /// A type the host exposes, used as a namespace for its static members: `Tensor.randn`.
  case type(HostType)

  /// The Swift name of the value's type, for error messages: `Int`, `[Double]`, `Tensor`.
  public var typeName: String {
    switch self {
    case .void: return "()"
    case .bool: return "Bool"
    case .int: return "Int"
    case .double: return "Double"
    case .string: return "String"
    case .array(let elements): return "[\(elements.first?.typeName ?? "Any")]"
    case .range(let range): return range.isClosed ? "ClosedRange<Int>" : "Range<Int>"
    case .function: return "function"
    case .object(let object): return object.type.name
    case .type(let type): return "\(type.name).Type"
    }
  }
}

/// An integer range as Swift's `a..<b` or `a...b`.
public struct IntRange: Equatable {
  /// The first value.
  public var lower: Int
  /// The bound as written: excluded for `..<`, included for `...`.
  public var upper: Int
  /// Whether the range was written with `...`.
  public var isClosed: Bool

  /// Creates a range.
  public init(lower: Int, upper: Int, isClosed: Bool) {
    self.lower = lower
    self.upper = upper
    self.isClosed = isClosed
  }

  /// The number of values in the range.
  public var count: Int { isClosed ? upper - lower + 1 : upper - lower }
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
