/// What the resolver knows of a variable's type before running.
///
/// Values are checked as they are stored, so a variable declared `[Double]` never holds an
/// Int; integer literals adapt to Double where a Double is expected, as they do in Swift.
indirect enum StaticType: Equatable, CustomStringConvertible {
  case int, double, bool, string
  case array(StaticType)
  /// A type the host names, such as `Tensor`.
  case named(String)
  /// Not known until the value is there.
  case unknown

  /// The static type a type annotation names.
  init(_ annotation: TypeExpr) throws {
    switch annotation {
    case .named("Int"): self = .int
    case .named("Double"): self = .double
    case .named("Bool"): self = .bool
    case .named("String"): self = .string
    case .named(let name): self = .named(name)
    case .array(let element): self = .array(try StaticType(element))
    case .dictionary, .optional:
      throw RuntimeError("type '\(annotation)' is not supported yet: Folio has no dictionaries or optionals so far")
    }
  }

  /// The type as Swift spells it.
  var description: String {
    switch self {
    case .int: return "Int"
    case .double: return "Double"
    case .bool: return "Bool"
    case .string: return "String"
    case .array(let element): return "[\(element)]"
    case .named(let name): return name
    case .unknown: return "_"
    }
  }

  /// Whether this is an array type.
  var isArray: Bool {
    if case .array = self { return true }
    return false
  }

  /// The element type of an array type.
  var element: StaticType {
    if case .array(let element) = self { return element }
    return .unknown
  }

  /// Checks that `value` has this type, turning an integer literal into a Double where a
  /// Double is expected; `node` is what produced the value, for the literal test and errors.
  func adapt(_ value: Value, at node: ExprNode) throws -> Value {
    if self == .unknown { return value }
    if self == .double, case .int(let n) = value, (node as? LiteralNode)?.isIntegerLiteral == true {
      return .double(Double(n))
    }
    if case .array(let element) = self, case .array(let items) = value, element == .double,
      let literal = node as? ArrayNode
    {
      // `var xs: [Double] = [1, 2]` holds 1.0 and 2.0.
      return .array(try zip(items, literal.elements).map { try element.adapt($0, at: $1) })
    }
    guard accepts(value) else {
      throw Diagnostic(.runtime, "cannot convert value of type '\(value.typeName)' to specified type '\(self)'", at: node.span)
    }
    return value
  }

  /// Whether a value has this type.
  func accepts(_ value: Value) -> Bool {
    switch (self, value) {
    case (.unknown, _), (.int, .int), (.double, .double), (.bool, .bool), (.string, .string): return true
    case (.array(let element), .array(let items)): return items.allSatisfy(element.accepts)
    case (.named(let name), .object(let object)): return object.type.name == name
    default: return false
    }
  }
}
