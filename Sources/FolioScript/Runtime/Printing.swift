/// Values as Swift prints them.
///
/// `print` and string interpolation use `description`; inside collections Swift switches to
/// the debug form, which quotes strings, so `["a"]` prints with its quotes.
extension Value: CustomStringConvertible, CustomDebugStringConvertible {
  /// The form `print(x)` and `"\(x)"` show.
  public var description: String {
    switch self {
    case .void: return "()"
    case .bool(let value): return String(value)
    // Swift's own Int and Double descriptions are exactly what a Swift program prints:
    // shortest round-trip digits, `1e-06`, `100000.0`, `1e+16`.
    case .int(let value): return String(value)
    case .double(let value): return String(value)
    case .string(let value): return value
    case .array(let elements): return "[" + elements.map(\.debugDescription).joined(separator: ", ") + "]"
    case .range(let range): return "\(range.lower)\(range.isClosed ? "..." : "..<")\(range.upper)"
    case .function(let function): return "(Function \(function.name))"
    case .object(let object): return object.type.describe(object.object)
    case .type(let type): return type.name
    }
  }

  /// The form used inside collections: strings are quoted and escaped.
  public var debugDescription: String {
    if case .string(let value) = self { return value.debugDescription }
    return description
  }
}
