/// An argument at a call site: its label, its expression, and for `&x` the variable.
struct ArgumentNode {
  var label: String?
  var node: ExprNode
  /// The variable passed to an `inout` parameter.
  var inoutTarget: LValue?
  /// For the element passed to `append` or `insert`: the array's declared element type.
  var elementType: StaticType = .unknown
  /// Whether this is a trailing closure.
  var isTrailing = false
}

extension Interpreter {
  /// Calls a function value with argument expressions: labels are matched, integer literals
  /// adapt to Double parameters, and `inout` arguments are written back afterwards.
  func call(_ callee: Value, _ arguments: [ArgumentNode], self receiver: Value? = nil, span: SourceSpan) throws -> Value {
    switch callee {
    case .closure(let closure):
      return try invoke(closure.function, captures: closure.captures, self: receiver, arguments: arguments, span: span)
    case .type(.user(let type)) where type.kind != .enumeration:
      let initializer = try initializer(of: type, labels: arguments.map(\.label), span: span)
      return try initialize(type, with: initializer, span: span) { instance in
        try invoke(initializer, captures: [], self: instance, arguments: arguments, span: span)
      }
    case .type(let type):
      let values = try arguments.map { (label: $0.label, value: try $0.node.eval(self)) }
      return try construct(type, values, span: span)
    case .instance(let instance):
      // A cell's type with `callAsFunction`, as Swift calls one: `model(x)`.
      guard let method = instance.type.method(named: "callAsFunction") else {
        throw Diagnostic(.runtime, "cannot call value of non-function type '\(callee.typeName)'", at: span)
      }
      return try invoke(method, captures: [], self: callee, arguments: arguments, span: span)
    default:
      var values: [(label: String?, value: Value)] = []
      values.reserveCapacity(arguments.count)
      for argument in arguments { values.append((argument.label, try argument.node.eval(self))) }
      return try callMatching(callee, values, span: span, trailingClosure: arguments.last?.isTrailing ?? false)
    }
  }

  /// Runs a compiled function with argument expressions matched to its parameters.
  func invoke(
    _ function: CompiledFunction, captures: [Box], self receiver: Value?, arguments: [ArgumentNode], span: SourceSpan
  ) throws -> Value {
    let positions = try function.argumentPositions(
      count: arguments.count, label: { arguments[$0].label }, lastIsTrailing: arguments.last?.isTrailing ?? false,
      callSpan: span, argumentSpan: { arguments[$0].node.span })
    var values: [Value] = []
    values.reserveCapacity(function.parameters.count)
    for (index, parameter) in function.parameters.enumerated() {
      // A nil position means the parameter's default, which the matcher checked exists.
      guard let position = positions.map({ $0[index] }) ?? index else {
        values.append(try parameter.type.evaluate(parameter.defaultValue!, self, .argument))
        continue
      }
      let argument = arguments[position]
      if parameter.isInout != (argument.inoutTarget != nil) {
        let message = parameter.isInout
          ? "passing value of type '\(parameter.type)' to an inout parameter requires explicit '&'"
          : "'&' used with a parameter that is not 'inout'"
        throw Diagnostic(.runtime, message, at: argument.node.span)
      }
      values.append(try parameter.type.evaluate(argument.node, self, .argument))
    }
    let result = try invoke(function, captures: captures, self: receiver, values, span: span)
    if function.hasInoutParameters {
      let finals = lastInoutValues
      for (target, value) in zip(arguments.compactMap(\.inoutTarget), finals) { try target.set(value, self) }
    }
    return result
  }

  /// `T(arguments)`: an initializer of a cell's type, or a built-in or host type's.
  func construct(_ type: TypeRef, _ arguments: [(label: String?, value: Value)], span: SourceSpan) throws -> Value {
    switch type {
    case .user(let userType):
      return try construct(userType, arguments, span: span)
    case .host(let hostType):
      guard case .function(let initializer)? = hostType.staticMembers["init"] else {
        throw Diagnostic(.runtime, "'\(hostType.name)' cannot be constructed directly", at: span)
      }
      return try callMatching(.function(initializer), arguments, span: span)
    case .builtin(let name):
      return try located(span) { try Builtins.construct(name, arguments, self) }
    }
  }

  /// Creates an instance of a cell's struct or class, or an enum from its raw value.
  func construct(_ type: UserType, _ arguments: [(label: String?, value: Value)], span: SourceSpan) throws -> Value {
    if type.kind == .enumeration, !(arguments.count == 1 && arguments[0].label == "rawValue" && type.rawType != nil) {
      // An enum's own initializer assigns `self` a case.
      let initializer = try initializer(of: type, labels: arguments.map(\.label), span: span)
      let values = try matchArguments(arguments, to: initializer, span: span)
      let result = try invoke(initializer, captures: [], self: .void, values, span: span)
      if initializer.isFailable, case .none = result { return .none }
      guard case .enumCase = lastSelf else {
        throw Diagnostic(.runtime, "initializer of '\(type.name)' did not assign 'self' a case", at: span)
      }
      return initializer.isFailable ? .some(lastSelf) : lastSelf
    }
    if type.kind == .enumeration {
      let raw = arguments[0].value
      for (index, info) in type.cases.enumerated() {
        if let value = info.rawValue, try BinaryOperator.equal(value, raw) == true { return .some(.enumCase(type.singleton(index))) }
      }
      return .none
    }
    let initializer = try initializer(of: type, labels: arguments.map(\.label), span: span)
    let values = try matchArguments(arguments, to: initializer, span: span)
    return try initialize(type, with: initializer, span: span) { instance in
      try invoke(initializer, captures: [], self: instance, values, span: span)
    }
  }

  /// The initializer of a type that a call with these labels selects.
  private func initializer(of type: UserType, labels: [String?], span: SourceSpan) throws -> CompiledFunction {
    if let exact = type.initializers.first(where: { $0.accepts(labels) }) { return exact }
    if let withDefaults = type.initializers.first(where: { $0.accepts(labels, allowingDefaults: true) }) { return withDefaults }
    let available = type.initializers.map(\.spelled).joined(separator: ", ")
    let given = "init(" + labels.map { "\($0 ?? "_"):" }.joined() + ")"
    throw Diagnostic(.runtime, "no initializer \(given) for '\(type.name)'; it has \(available.isEmpty ? "none" : available)", at: span)
  }

  /// Runs an initializer on a fresh instance: stored properties with initial values are set
  /// first, then the body (`run` calls it with the instance); every property must be set by
  /// the end.
  func initialize(_ type: UserType, with initializer: CompiledFunction, span: SourceSpan, _ run: (Value) throws -> Value) throws -> Value {
    var fields: [Value] = []
    fields.reserveCapacity(type.storedProperties.count)
    for property in type.storedProperties {
      fields.append(try property.initialValue.map { try property.type.evaluate($0, self, .declaration) } ?? .void)
    }
    let result = try run(.instance(Instance(type: type, fields: fields)))
    if initializer.isFailable, case .none = result { return .none }
    let made = lastSelf
    if case .instance(let built) = made {
      for (index, property) in type.storedProperties.enumerated() {
        if case .void = built.fields[index], !property.type.isVoid {
          throw Diagnostic(.runtime, "initializer of '\(type.name)' did not set property '\(property.name)'", at: span)
        }
      }
    }
    return initializer.isFailable ? .some(made) : made
  }
}

extension CompiledFunction {
  /// Matches call labels to the parameters: for each parameter, the position of the argument
  /// that fills it, or nil where its default is used. Labels must come in order, as Swift
  /// requires; a missing or extra argument is an error showing the expected signature, at
  /// the call or at the extra argument.
  /// Returns nil, without allocating, in the common case where each argument fills the
  /// parameter at its own position.
  func argumentPositions(
    count: Int, label: (Int) -> String?, lastIsTrailing: Bool = false, callSpan: SourceSpan,
    argumentSpan: (Int) -> SourceSpan
  ) throws -> [Int?]? {
    if count == parameters.count && !lastIsTrailing && (0..<count).allSatisfy({ label($0) == parameters[$0].label }) {
      return nil
    }
    let labels = (0..<count).map(label)
    var positions: [Int?] = []
    positions.reserveCapacity(parameters.count)
    var next = 0
    for (index, parameter) in parameters.enumerated() {
      let isTrailing = lastIsTrailing && next == labels.count - 1
      if next < labels.count && (labels[next] == parameter.label || (isTrailing && isTrailingTarget(index))) {
        positions.append(next)
        next += 1
      } else if parameter.defaultValue != nil {
        positions.append(nil)
      } else {
        let what = parameter.label.map { "argument '\($0):'" } ?? "an unlabelled argument"
        throw Diagnostic(.runtime, "missing \(what) in call to \(spelled)", at: callSpan)
      }
    }
    if next < labels.count {
      let extra = labels[next].map { "argument '\($0):'" } ?? "unlabelled argument"
      throw Diagnostic(.runtime, "extra \(extra) in call to \(spelled)", at: argumentSpan(next))
    }
    return positions
  }

  /// Whether a trailing closure fills parameter `index`: Swift gives it to the first
  /// remaining parameter of function type, or else the last one.
  func isTrailingTarget(_ index: Int) -> Bool {
    if case .function = parameters[index].type { return true }
    return index == parameters.count - 1
  }

  /// Whether a call with these labels matches the parameters exactly, or leaving out
  /// parameters that have defaults.
  func accepts(_ labels: [String?], allowingDefaults: Bool = false) -> Bool {
    var next = 0
    for parameter in parameters {
      if next < labels.count && labels[next] == parameter.label {
        next += 1
      } else if !(allowingDefaults && parameter.defaultValue != nil) {
        return false
      }
    }
    return next == labels.count
  }
}

extension StaticType {
  var isVoid: Bool {
    if case .void = self { return true }
    return false
  }
}

/// `f(a, label: b)`: a call of a function value or of a type (its initializer).
final class CallNode: ExprNode {
  let callee: ExprNode
  let arguments: [ArgumentNode]

  init(callee: ExprNode, arguments: [ArgumentNode], span: SourceSpan) {
    self.callee = callee
    self.arguments = arguments
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    try interpreter.call(try callee.eval(interpreter), arguments, span: span)
  }
}

/// `base.name(arguments)`: a method of an instance, enum value, engine object or built-in
/// value, or a static member of a type. `receiver` is set when the base can be assigned to,
/// so that mutating methods can write the changed value back.
final class MethodCallNode: ExprNode {
  /// The receiver when it is a plain value; otherwise `receiver` reads and writes it.
  let base: ExprNode?
  let receiver: LValue?
  let name: String
  let nameSpan: SourceSpan
  let arguments: [ArgumentNode]

  init(base: ExprNode?, receiver: LValue?, name: String, nameSpan: SourceSpan, arguments: [ArgumentNode], span: SourceSpan) {
    self.base = base
    self.receiver = receiver
    self.name = name
    self.nameSpan = nameSpan
    self.arguments = arguments
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    guard var value = try receiver?.get(interpreter) ?? base?.eval(interpreter) else {
      preconditionFailure("a method call has a receiver or a base")
    }
    switch value {
    case .instance(let instance):
      if let method = instance.type.method(named: name) {
        return try callMethod(method, on: value, isValueType: instance.type.isValueType, interpreter)
      }
      if let method = interpreter.protocolExtension(for: instance.type)?.methods[name] {
        return try callHostMethod(method, on: value, interpreter)
      }
    case .enumCase(let enumValue):
      if let method = enumValue.type.method(named: name) {
        return try callMethod(method, on: value, isValueType: true, interpreter)
      }
    case .object(let object):
      if let method = object.type.methods[name] {
        return try callHostMethod(method, on: value, interpreter)
      }
    case .type(let type):
      let member = try interpreter.staticMember(name, of: type, span: nameSpan)
      if case .closure(let closure) = member {
        return try interpreter.invoke(closure.function, captures: [], self: value, arguments: arguments, span: span)
      }
      return try interpreter.call(member, arguments, span: span)
    default:
      break
    }
    if let builtin = BuiltinMethods.method(named: name, of: value, labels: arguments.map(\.label), trailingClosure: hasTrailingClosure) {
      let values = try evaluateArguments(interpreter, context: value)
      let matched = try located(span) { try builtin.signature.match(values, calling: builtin.name, trailingClosure: hasTrailingClosure) }
      return try located(span) { try builtin.body(interpreter, [value] + matched) }
    }
    if BuiltinMethods.mutatingNames.contains(name), BuiltinMethods.isMutable(value) {
      guard let receiver else {
        throw Diagnostic(.runtime, "cannot use mutating member '\(name)' on an immutable value", at: nameSpan)
      }
      // Let go of the copy read above, so that the variable holds the only reference and
      // `xs.append(x)` changes the array in place instead of copying it every time.
      value = .void
      let values = try arguments.map { argument in
        (label: argument.isTrailing ? BuiltinMethods.trailingClosureLabel(of: name) : argument.label,
         value: try argument.elementType.evaluate(argument.node, interpreter, .argument))
      }
      var result = Value.void
      try receiver.modify(interpreter) { target in
        result = try located(span) { try BuiltinMethods.mutate(&target, name: name, arguments: values, interpreter) }
      }
      return result
    }
    // A stored property holding a closure: `handler(x)` written as `object.handler(x)`.
    if let property = try? interpreter.member(name, of: value, span: nameSpan), case .closure = property {
      return try interpreter.call(property, arguments, span: span)
    }
    throw Diagnostic(.runtime, "value of type '\(value.typeName)' has no method '\(name)'", at: nameSpan)
  }

  private var hasTrailingClosure: Bool { arguments.last?.isTrailing ?? false }

  /// An engine method, which receives the receiver as its first argument.
  private func callHostMethod(_ method: Function, on value: Value, _ interpreter: Interpreter) throws -> Value {
    let values = try evaluateArguments(interpreter, context: value)
    let matched = try located(span) { try method.signature.match(values, calling: method.name, trailingClosure: hasTrailingClosure) }
    return try interpreter.call(.function(method), [value] + matched, span: span)
  }

  /// The arguments' values; `.member` arguments take their type from the receiver, as in
  /// `tokens.contains(.plus)`.
  private func evaluateArguments(_ interpreter: Interpreter, context: Value) throws -> [(label: String?, value: Value)] {
    try arguments.map { argument in
      if let implicit = argument.node as? ImplicitMemberNode {
        let elementType = (try? BuiltinMethods.elements(of: context, interpreter).first?.userType) ?? nil
        return (argument.label, try implicit.eval(in: elementType ?? context.userType, interpreter))
      }
      return (argument.label, try argument.node.eval(interpreter))
    }
  }

  private func callMethod(_ method: CompiledFunction, on value: Value, isValueType: Bool, _ interpreter: Interpreter) throws -> Value {
    guard method.isMutating && isValueType else {
      return try interpreter.invoke(method, captures: [], self: value, arguments: arguments, span: span)
    }
    guard let receiver else {
      throw Diagnostic(.runtime, "cannot use mutating member '\(name)' on an immutable value", at: nameSpan)
    }
    var result = Value.void
    try receiver.modify(interpreter) { target in
      let current = target
      target = .void
      // A mutating method's changes stand even when it throws, as with Swift's inout.
      defer { target = interpreter.lastSelf }
      result = try interpreter.invoke(method, captures: [], self: current, arguments: arguments, span: span)
    }
    return result
  }
}

/// `super.name(arguments)` and `super.init(arguments)` inside a class's methods.
final class SuperCallNode: ExprNode {
  /// The class whose method contains the call; its superclass's member is called.
  let declaringType: UserType
  /// Reads `self`.
  let receiver: ExprNode
  let name: String
  let arguments: [ArgumentNode]

  init(declaringType: UserType, receiver: ExprNode, name: String, arguments: [ArgumentNode], span: SourceSpan) {
    self.declaringType = declaringType
    self.receiver = receiver
    self.name = name
    self.arguments = arguments
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    guard let superclass = declaringType.superclass else {
      throw Diagnostic(.runtime, "'super' used in '\(declaringType.name)', which has no superclass", at: span)
    }
    let receiver = try self.receiver.eval(interpreter)
    if name == "init" {
      let labels = arguments.map(\.label)
      guard let initializer = superclass.initializers.first(where: { $0.accepts(labels, allowingDefaults: true) }) else {
        throw Diagnostic(.runtime, "'\(superclass.name)' has no initializer matching this call", at: span)
      }
      // The superclass's stored properties with initial values are set before its body runs.
      if case .instance(let instance) = receiver {
        for (index, property) in superclass.storedProperties.enumerated() {
          if case .void = instance.fields[index], let initial = property.initialValue {
            instance.fields[index] = try property.type.evaluate(initial, interpreter, .declaration)
          }
        }
      }
      return try interpreter.invoke(initializer, captures: [], self: receiver, arguments: arguments, span: span)
    }
    if let method = superclass.method(named: name) {
      return try interpreter.invoke(method, captures: [], self: receiver, arguments: arguments, span: span)
    }
    if let property = superclass.computedProperty(named: name), arguments.isEmpty {
      return try interpreter.invoke(property.getter, captures: [], self: receiver, [], span: span)
    }
    throw Diagnostic(.runtime, "'\(superclass.name)' has no member '\(name)'", at: span)
  }
}
