/// A declared type: what a variable, parameter, property or result must hold.
///
/// Values are checked as they cross a declared type, so a `[Double]` never holds an Int.
/// Crossing also does what Swift's type checker would have done at compile time: an integer
/// literal becomes a Double where a Double is expected, a value becomes `Optional(value)`
/// where an optional is expected, and `.north` finds its enum from the expected type.
indirect enum StaticType: CustomStringConvertible {
  case int, double, bool, string, void
  case array(StaticType)
  case dictionary(StaticType, StaticType)
  case optional(StaticType)
  case tuple([StaticType], labels: [String?]?)
  /// A function type; closures written where one is expected take their parameter types
  /// from it.
  case function([StaticType], StaticType)
  /// A struct, class or enum declared in a cell.
  case user(UserType)
  /// A type the host names (`Tensor`), or a protocol used as a type (`Error`).
  case named(String)
  /// `Any`.
  case any
  /// Not declared: whatever the value is.
  case unknown

  /// Whether a value of this type may be an engine object, whose compound assignments
  /// update the object rather than the variable.
  var mayBeHostObject: Bool {
    switch self {
    case .named, .any, .unknown: true
    default: false
    }
  }

  /// Where a value meets a declared type; Swift words its error differently for each.
  enum Context {
    case declaration, assignment, argument, returnValue, element
  }

  /// The type as Swift spells it.
  var description: String {
    switch self {
    case .int: return "Int"
    case .double: return "Double"
    case .bool: return "Bool"
    case .string: return "String"
    case .void: return "()"
    case .array(let element): return "[\(element)]"
    case .dictionary(let key, let value): return "[\(key): \(value)]"
    case .optional(let wrapped): return "\(wrapped)?"
    case .tuple(let elements, let labels):
      let labelled = elements.enumerated().map { index, element in
        (labels?[index].map { "\($0): " } ?? "") + element.description
      }
      return "(" + labelled.joined(separator: ", ") + ")"
    case .function(let parameters, let result):
      return "(" + parameters.map(\.description).joined(separator: ", ") + ") -> \(result)"
    case .user(let type): return type.name
    case .named(let name): return name
    case .any: return "Any"
    case .unknown: return "_"
    }
  }

  /// Whether values need no check at all.
  var isUnchecked: Bool {
    switch self {
    case .unknown, .any: return true
    default: return false
    }
  }

  var isDouble: Bool {
    if case .double = self { return true }
    return false
  }

  /// The element type of an array type (unknown otherwise).
  var element: StaticType {
    if case .array(let element) = self { return element }
    return .unknown
  }

  /// The wrapped type of an optional (the type itself otherwise).
  var unwrapped: StaticType {
    if case .optional(let wrapped) = self { return wrapped }
    return self
  }

  /// The enum or struct whose members `.name` refers to in this context.
  var memberContext: UserType? {
    switch self {
    case .user(let type): return type
    case .optional(let wrapped): return wrapped.memberContext
    default: return nil
    }
  }

  /// Evaluates `node` where a value of this type is expected and checks the result.
  func evaluate(_ node: ExprNode, _ interpreter: Interpreter, _ context: Context) throws -> Value {
    if isUnchecked { return try node.eval(interpreter) }
    if let implicit = node as? ImplicitMemberNode {
      return try adapt(try implicit.eval(in: memberContext, interpreter), at: node, context)
    }
    return try adapt(try node.eval(interpreter), at: node, context)
  }

  /// Checks that `value` has this type, converting it where Swift would have: integer
  /// literals to Double, values to optionals. `node` produced the value; errors point at it.
  func adapt(_ value: Value, at node: ExprNode, _ context: Context) throws -> Value {
    if let adapted = try convert(value, node: node) { return adapted }
    throw Diagnostic(.runtime, mismatchMessage(value, context), at: node.span)
  }

  /// Checks a value that no expression of the cell produced (an argument passed on by a
  /// built-in, say); errors point at `span`.
  func adapt(_ value: Value, span: SourceSpan, _ context: Context) throws -> Value {
    if let adapted = try convert(value, node: nil) { return adapted }
    throw Diagnostic(.runtime, mismatchMessage(value, context), at: span)
  }

  /// The converted value, or nil if `value` does not fit this type.
  private func convert(_ value: Value, node: ExprNode?) throws -> Value? {
    switch (self, value) {
    case (.unknown, _), (.any, _): return value
    case (.int, .int), (.double, .double), (.bool, .bool), (.string, .string), (.void, .void): return value
    case (.double, .int(let n)) where (node as? LiteralNode)?.isIntegerLiteral == true: return .double(Double(n))
    case (.optional, .none): return value
    case (.optional(let wrapped), .some(let inner)):
      return try wrapped.convert(inner, node: node).map(Value.some)
    case (.optional(let wrapped), _):
      return try wrapped.convert(value, node: node).map(Value.some)
    case (.array(let element), .array(let items)):
      if element.isUnchecked { return value }
      let literals = (node as? ArrayNode)?.elements
      var converted: [Value] = []
      converted.reserveCapacity(items.count)
      for (index, item) in items.enumerated() {
        guard let item = try element.convert(item, node: literals?[index]) else { return nil }
        converted.append(item)
      }
      return .array(converted)
    case (.dictionary(let keyType, let valueType), .dictionary(let dictionary)):
      if keyType.isUnchecked && valueType.isUnchecked { return value }
      let literal = node as? DictionaryNode
      var converted = DictionaryValue()
      for (index, key) in dictionary.keys.enumerated() {
        guard let key = try keyType.convert(key, node: literal?.keys[index]),
          let item = try valueType.convert(dictionary.values[index], node: literal?.values[index])
        else { return nil }
        try converted.set(item, for: key)
      }
      return .dictionary(converted)
    case (.tuple(let types, let labels), .tuple(let tuple)) where types.count == tuple.elements.count:
      let literals = (node as? TupleNode)?.elements
      var elements: [Value] = []
      for (index, (type, item)) in zip(types, tuple.elements).enumerated() {
        guard let item = try type.convert(item, node: literals?[index]) else { return nil }
        elements.append(item)
      }
      // A tuple takes the labels of the type it is declared as: `(a / b, a % b)` returned as
      // `(quotient: Int, remainder: Int)` prints with those labels.
      return .tuple(TupleValue(elements: elements, labels: labels ?? tuple.labels))
    case (.function, .closure), (.function, .function), (.function, .type): return value
    case (.user(let type), .instance(let instance)): return instance.type.isSubtype(of: type) ? value : nil
    case (.user(let type), .enumCase(let enumValue)): return enumValue.type === type ? value : nil
    case (.named(let name), .object(let object)):
      return object.type.name == name || object.type.alsoNamed?(object.object) == name ? value : nil
    case (.named("Error"), .instance(let instance)): return instance.type.conforms(to: "Error") ? value : nil
    case (.named("Error"), .enumCase(let enumValue)): return enumValue.type.conforms(to: "Error") ? value : nil
    case (.named(let name), .instance(let instance)): return instance.type.conforms(to: name) ? value : nil
    case (.named(let name), .enumCase(let enumValue)): return enumValue.type.conforms(to: name) ? value : nil
    default: return nil
    }
  }

  /// Whether a value has this type, without conversions.
  func accepts(_ value: Value) -> Bool {
    (try? convert(value, node: nil)) != nil && !(isOptional && !value.isOptional)
  }

  private var isOptional: Bool {
    if case .optional = self { return true }
    return false
  }

  private func mismatchMessage(_ value: Value, _ context: Context) -> String {
    let actual = value.typeName
    switch context {
    case .declaration: return "cannot convert value of type '\(actual)' to specified type '\(self)'"
    case .assignment: return "cannot assign value of type '\(actual)' to type '\(self)'"
    case .argument: return "cannot convert value of type '\(actual)' to expected argument type '\(self)'"
    case .returnValue: return "cannot convert return expression of type '\(actual)' to return type '\(self)'"
    case .element: return "cannot convert value of type '\(actual)' to expected element type '\(self)'"
    }
  }
}

extension Value {
  /// Whether the value is an optional (`.some` or `.none`).
  var isOptional: Bool {
    switch self {
    case .some, .none: return true
    default: return false
    }
  }
}
