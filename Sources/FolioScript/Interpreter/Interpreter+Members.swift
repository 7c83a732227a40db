/// Reading, writing and calling members of values: properties, methods, static members.
extension Interpreter {
  /// `value.name`: a stored or computed property, a tuple element, or a built-in property.
  func member(_ name: String, of value: Value, span: SourceSpan) throws -> Value {
    switch value {
    case .instance(let instance):
      if let index = instance.type.fieldIndex[name] { return instance.fields[index] }
      if let property = instance.type.computedProperty(named: name) {
        return try invoke(property.getter, captures: [], self: value, [], span: span)
      }
      if let property = protocolExtension(for: instance.type)?.properties[name] {
        return try located(span) { try property(instance) }
      }
    case .enumCase(let enumValue):
      if name == "rawValue", let raw = enumValue.caseInfo.rawValue { return raw }
      if let property = enumValue.type.computedProperty(named: name) {
        return try invoke(property.getter, captures: [], self: value, [], span: span)
      }
    case .tuple(let tuple):
      if let index = tuple.index(of: name) { return tuple.elements[index] }
    case .object(let object):
      if let property = object.type.properties[name] {
        return try located(span) { try property(object.object) }
      }
      if object.type.methods[name] != nil {
        throw Diagnostic(.runtime, "method '\(name)' of '\(object.type.name)' must be called: write '\(name)()'", at: span)
      }
    case .type(let type):
      return try staticMember(name, of: type, span: span)
    default:
      if let property = try located(span, { try BuiltinMethods.property(named: name, of: value, self) }) {
        return property
      }
    }
    throw Diagnostic(.runtime, "value of type '\(value.typeName)' has no member '\(name)'", at: span)
  }

  /// A static member of a type: an enum case, a static property or method, or a host type's
  /// static function.
  func staticMember(_ name: String, of type: TypeRef, span: SourceSpan) throws -> Value {
    switch type {
    case .user(let userType): return try staticMember(name, of: userType, span: span)
    case .host(let hostType):
      if let member = hostType.staticMembers[name] { return member }
    case .builtin(let typeName):
      if let member = Builtins.staticMember(name, of: typeName) { return member }
    }
    throw Diagnostic(.runtime, "type '\(type.name)' has no member '\(name)'", at: span)
  }

  /// A static member of a type declared in a cell.
  func staticMember(_ name: String, of type: UserType, span: SourceSpan) throws -> Value {
    if let index = type.caseIndex(named: name) {
      // A case with associated values is a function that builds the value.
      if let constructor = type.caseConstructors[index] { return .closure(Closure(function: constructor, captures: [])) }
      return .enumCase(type.singleton(index))
    }
    if let value = type.staticValues[name] { return value }
    if let (initializer, declaredType) = type.staticInitializers[name] {
      // Static stored properties are initialized on first use, as Swift's are.
      let value = try declaredType.evaluate(initializer, self, .declaration)
      type.staticValues[name] = value
      return value
    }
    if let method = type.staticMethods[name] {
      return .closure(Closure(function: method, captures: []))
    }
    if let property = type.staticComputed[name] {
      return try invoke(property.getter, captures: [], self: .type(.user(type)), [], span: span)
    }
    if name == "allCases" && type.conforms(to: "CaseIterable") {
      return .array(type.cases.indices.map { .enumCase(type.singleton($0)) })
    }
    throw Diagnostic(.runtime, "type '\(type.name)' has no member '\(name)'", at: span)
  }

  /// `container.name = value` for a struct or class instance, a tuple, or a static property.
  func setMember(_ name: String, of container: inout Value, to value: Value, span: SourceSpan) throws {
    try modifyMember(name, of: &container, span: span, replacing: true) { $0 = value }
  }

  /// The position of a stored property of a struct or class instance.
  private static func storedFieldIndex(_ name: String, of value: Value) -> Int? {
    guard case .instance(let instance) = value else { return nil }
    return instance.type.fieldIndex[name]
  }

  /// Changes `container.name` in place. A shared struct instance is copied first, which is
  /// what gives structs value semantics. `replacing` says the body stores a whole new value,
  /// which is checked against the property's type even when it is an array.
  func modifyMember(
    _ name: String, of container: inout Value, span: SourceSpan, replacing: Bool = false, _ body: (inout Value) throws -> Void
  ) throws {
    // No binding of the instance may outlive this test: it would count as a second reference.
    if let index = Interpreter.storedFieldIndex(name, of: container),
      var instance = Value.take(&container, { if case .instance(let instance) = $0 { instance } else { nil } })
    {
      let property = instance.type.storedProperties[index]
      defer { container = .instance(instance) }
      if instance.type.isValueType && !isKnownUniquelyReferenced(&instance) { instance = instance.copy() }
      var field = instance.fields[index]
      instance.fields[index] = .void
      defer { instance.fields[index] = field }
      try body(&field)
      // An array changed in place had each new element checked as it went in; checking them
      // all again would make every `append` to a property cost the array's length.
      if !replacing, case .array = property.type, case .array = field { return }
      field = try property.type.adapt(field, span: span, .assignment)
      return
    }
    switch container {
    case .instance(let instance):
      if let property = instance.type.computedProperty(named: name) {
        guard let setter = property.setter else {
          throw Diagnostic(.runtime, "cannot assign to property: '\(name)' is a get-only property", at: span)
        }
        var value = try invoke(property.getter, captures: [], self: container, [], span: span)
        try body(&value)
        _ = try invoke(setter, captures: [], self: container, [value], span: span)
        if instance.type.isValueType { container = lastSelf }
        return
      }
    case .tuple(var tuple):
      if let index = tuple.index(of: name) {
        container = .void
        defer { container = .tuple(tuple) }
        try body(&tuple.elements[index])
        return
      }
    case .type(.user(let type)):
      if type.staticValues[name] != nil || type.staticInitializers[name] != nil {
        var value = try staticMember(name, of: type, span: span)
        try body(&value)
        type.staticValues[name] = value
        return
      }
    default:
      break
    }
    throw Diagnostic(.runtime, "value of type '\(container.typeName)' has no settable member '\(name)'", at: span)
  }

  /// How `print` and interpolation show a value: a `description` property of a type that
  /// conforms to CustomStringConvertible is used, as Swift uses it.
  func describe(_ value: Value, span: SourceSpan) throws -> String {
    try Printer(interpreter: self, span: span).description(value)
  }

  /// `value.name` for the host, with errors placed by the caller.
  public func member(_ name: String, of value: Value) throws -> Value {
    try member(name, of: value, span: SourceSpan(file: 0, start: 0, end: 0))
  }

  /// `value[index]` for the host: a cell type's own subscript, or a built-in collection's.
  public func element(of value: Value, at index: Value) throws -> Value {
    if let method = ownSubscript(of: value, labels: [nil]) {
      return try invoke(method, captures: [], self: value, positional: [index], callee: "subscript")
    }
    return try BuiltinMethods.element(of: value, at: index)
  }

  /// How `print` shows a value.
  public func describe(_ value: Value) throws -> String {
    try describe(value, span: SourceSpan(file: 0, start: 0, end: 0))
  }

  /// Calls a function value with positional arguments, as built-ins such as `map` do. A
  /// closure of several parameters given one tuple receives its elements, as in Swift.
  public func call(_ function: Value, _ arguments: [Value]) throws -> Value {
    if case .instance(let instance) = function, let method = instance.type.method(named: "callAsFunction") {
      return try invoke(method, captures: [], self: function, positional: arguments, callee: "'\(instance.type.name)'")
    }
    guard case .closure(let closure) = function else {
      // A native function's errors carry no location; the call that led here adds its own.
      guard case .function(let native) = function else { throw RuntimeError("cannot call value of non-function type '\(function.typeName)'") }
      var values = arguments
      if native.signature.parameters.count > 1, !native.signature.isVariadic, values.count == 1,
        case .tuple(let tuple) = values[0], tuple.elements.count == native.signature.parameters.count
      {
        values = tuple.elements
      }
      return try native.body(self, try native.signature.match(values.map { (nil, $0) }, calling: native.name))
    }
    let parameters = closure.function.parameters
    var values = arguments
    if parameters.count > 1, values.count == 1, case .tuple(let tuple) = values[0], tuple.elements.count == parameters.count {
      values = tuple.elements
    }
    return try invoke(closure.function, captures: closure.captures, self: nil, positional: values, callee: "closure")
  }
  /// Runs a compiled function on positional values from the host, checking their number and
  /// adapting each to its parameter's type; `callee` names it in the message for a wrong count.
  private func invoke(
    _ function: CompiledFunction, captures: [Box], self receiver: Value?, positional values: [Value], callee: String
  ) throws -> Value {
    let parameters = function.parameters
    guard values.count == parameters.count else {
      throw RuntimeError("\(callee) expects \(parameters.count) argument\(parameters.count == 1 ? "" : "s"), but \(values.count) were passed")
    }
    let span = function.span
    let adapted = try zip(parameters, values).map { try $0.type.adapt($1, span: span, .argument) }
    return try invoke(function, captures: captures, self: receiver, adapted, span: span)
  }

  /// The subscript a cell's type declares for these argument labels, if it has one.
  func ownSubscript(of container: Value, labels: [String?]) -> CompiledFunction? {
    container.userType?.method(named: Parser.subscriptName(labels: labels))
  }


  /// The `description` a cell's type declares, if it conforms to CustomStringConvertible.
  func customDescription(_ value: Value, span: SourceSpan) throws -> String? {
    let type: UserType
    switch value {
    case .instance(let instance): type = instance.type
    case .enumCase(let enumValue): type = enumValue.type
    default: return nil
    }
    guard type.conforms(to: "CustomStringConvertible"), let property = type.computedProperty(named: "description") else {
      if type.conforms(to: "CustomStringConvertible"), case .instance(let instance) = value,
        let index = type.fieldIndex["description"], case .string(let text) = instance.fields[index]
      {
        return text
      }
      return nil
    }
    let result = try invoke(property.getter, captures: [], self: value, [], span: span)
    guard case .string(let text) = result else { return result.description }
    return text
  }

  /// Calls a function value with labelled arguments, matching labels and defaults.
  func callMatching(_ callee: Value, _ arguments: [(label: String?, value: Value)], span: SourceSpan, trailingClosure: Bool = false) throws -> Value {
    switch callee {
    case .function(let function):
      let matched = try located(span) { try function.signature.match(arguments, calling: function.name, trailingClosure: trailingClosure) }
      return try call(callee, matched, span: span)
    case .closure(let closure):
      let matched = try matchArguments(arguments, to: closure.function, span: span)
      return try invoke(closure.function, captures: closure.captures, self: nil, matched, span: span)
    case .type(let type):
      return try construct(type, arguments, span: span)
    case .object(let object):
      // An engine object with `callAsFunction`, as Swift calls one: `model(x)`.
      guard let method = object.type.methods["callAsFunction"] else {
        throw Diagnostic(.runtime, "cannot call value of non-function type '\(callee.typeName)'", at: span)
      }
      let matched = try located(span) { try method.signature.match(arguments, calling: method.name, trailingClosure: trailingClosure) }
      return try call(.function(method), [callee] + matched, span: span)
    default:
      throw Diagnostic(.runtime, "cannot call value of non-function type '\(callee.typeName)'", at: span)
    }
  }

  /// Matches labelled argument values to a compiled function's parameters, checking labels
  /// and types and filling in defaults.
  func matchArguments(_ arguments: [(label: String?, value: Value)], to function: CompiledFunction, span: SourceSpan) throws -> [Value] {
    let positions = try function.argumentPositions(
      count: arguments.count, label: { arguments[$0].label }, callSpan: span, argumentSpan: { _ in span })
    return try function.parameters.enumerated().map { index, parameter in
      // A nil position means the parameter's default, which the matcher checked exists.
      guard let position = positions.map({ $0[index] }) ?? index else {
        return try parameter.type.evaluate(parameter.defaultValue!, self, .argument)
      }
      return try parameter.type.adapt(arguments[position].value, span: span, .argument)
    }
  }
}

extension TupleValue {
  /// The position of an element named by its label or its index (`.0`).
  func index(of name: String) -> Int? {
    if let number = Int(name), elements.indices.contains(number) { return number }
    return labels?.firstIndex { $0 == name }
  }
}
