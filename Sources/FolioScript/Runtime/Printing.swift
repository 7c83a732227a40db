/// Values as Swift prints them.
///
/// `print` and string interpolation use a value's description. Inside collections,
/// optionals and tuples Swift switches to the debug form, which quotes strings and qualifies
/// types declared in the program with its module name: `[main.Point(x: 1, y: 2)]`. A type
/// conforming to CustomStringConvertible prints its own `description` in both forms.
struct Printer {
  /// The module name Swift prints before the program's own types; `swiftc main.swift` uses
  /// `main`.
  static let moduleName = "main"

  /// Runs `description` properties of the cell's types; without it they are not consulted.
  let interpreter: Interpreter?
  let span: SourceSpan

  /// The form `print(x)` shows.
  func description(_ value: Value) throws -> String {
    switch value {
    case .string(let text): return text
    case .instance, .enumCase: return try userType(value, qualified: false)
    default: return try debugDescription(value)
    }
  }

  /// The form used inside collections.
  func debugDescription(_ value: Value) throws -> String {
    switch value {
    case .void: return "()"
    case .bool(let flag): return String(flag)
    // Swift's own Int and Double descriptions are exactly what a Swift program prints:
    // shortest round-trip digits, `1e-06`, `100000.0`, `1e+16`.
    case .int(let n): return String(n)
    case .double(let d): return String(d)
    case .string(let text): return text.debugDescription
    case .array(let elements): return try "[" + elements.map(debugDescription).joined(separator: ", ") + "]"
    case .dictionary(let dictionary):
      if dictionary.count == 0 { return "[:]" }
      let entries = try zip(dictionary.keys, dictionary.values).map { try "\(debugDescription($0)): \(debugDescription($1))" }
      return "[" + entries.joined(separator: ", ") + "]"
    case .range(let range):
      let lower = range.lower.isNone ? "" : try description(range.lower)
      let upper = range.upper.isNone ? "" : try description(range.upper)
      return lower + (range.isClosed ? "..." : "..<") + upper
    case .tuple(let tuple): return try "(" + labelled(tuple.elements, tuple.labels) + ")"
    case .some(let wrapped): return try "Optional(\(debugDescription(wrapped)))"
    case .none: return "nil"
    case .function(let function): return "(Function \(function.name))"
    case .closure: return "(Function)"
    case .object(let object): return object.type.describe(object.object)
    case .instance, .enumCase: return try userType(value, qualified: true)
    case .type(let type): return type.name
    case .box(let box): return try debugDescription(box.value)
    }
  }

  private func userType(_ value: Value, qualified: Bool) throws -> String {
    if let interpreter, let custom = try interpreter.customDescription(value, span: span) { return custom }
    let prefix = "\(Printer.moduleName)."
    switch value {
    case .instance(let instance):
      let type = instance.type
      if let host = interpreter?.protocolExtension(for: type) { return host.describe(instance) }
      guard type.isValueType else { return prefix + type.name }
      let fields = type.storedProperties.map(\.name)
      return (qualified ? prefix : "") + type.name + "(" + (try labelled(instance.fields, fields)) + ")"
    case .enumCase(let enumValue):
      let info = enumValue.caseInfo
      var text = qualified ? "\(prefix)\(enumValue.type.name).\(info.name)" : info.name
      if let labels = info.associatedLabels { text += "(" + (try labelled(enumValue.payload, labels)) + ")" }
      return text
    default:
      return try debugDescription(value)
    }
  }

  private func labelled(_ values: [Value], _ labels: [String?]?) throws -> String {
    try values.enumerated().map { index, value in
      let label = labels.flatMap { index < $0.count ? $0[index] : nil }
      return (label.map { "\($0): " } ?? "") + (try debugDescription(value))
    }.joined(separator: ", ")
  }
}

extension Value: CustomStringConvertible, CustomDebugStringConvertible {
  /// The form `print(x)` shows, without consulting `description` properties of the cell's
  /// types (the interpreter's `describe` does that).
  public var description: String {
    (try? Printer(interpreter: nil, span: SourceSpan(file: 0, start: 0, end: 0)).description(self)) ?? typeName
  }

  /// The form used inside collections: strings are quoted and escaped.
  public var debugDescription: String {
    (try? Printer(interpreter: nil, span: SourceSpan(file: 0, start: 0, end: 0)).debugDescription(self)) ?? typeName
  }
}

extension Value {
  var isNone: Bool {
    if case .none = self { return true }
    return false
  }
}
