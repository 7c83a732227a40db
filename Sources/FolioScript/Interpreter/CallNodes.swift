/// Evaluates arguments and pairs them with their labels.
private func evaluate(_ arguments: [(label: String?, node: ExprNode)], _ interpreter: Interpreter) throws
  -> [(label: String?, value: Value)]
{
  var values: [(label: String?, value: Value)] = []
  values.reserveCapacity(arguments.count)
  for argument in arguments { values.append((argument.label, try argument.node.eval(interpreter))) }
  return values
}

/// Calls a function value: matches labels, runs the body, and places any error at `span`.
private func invoke(
  _ function: Function, receiver: Value?, _ arguments: [(label: String?, value: Value)],
  _ interpreter: Interpreter, span: SourceSpan
) throws -> Value {
  do {
    var values = try function.signature.match(arguments, calling: function.name)
    if let receiver { values.insert(receiver, at: 0) }
    return try function.body(interpreter, values)
  } catch let diagnostic as Diagnostic {
    throw diagnostic
  } catch {
    throw Diagnostic(.runtime, String(describing: error), at: span)
  }
}

/// `f(a, label: b)`: a call of a function value, or of a type (its initializer).
final class CallNode: ExprNode {
  let callee: ExprNode
  let arguments: [(label: String?, node: ExprNode)]

  init(callee: ExprNode, arguments: [(label: String?, node: ExprNode)], span: SourceSpan) {
    self.callee = callee
    self.arguments = arguments
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    let target = try callee.eval(interpreter)
    let values = try evaluate(arguments, interpreter)
    switch target {
    case .function(let function):
      return try invoke(function, receiver: nil, values, interpreter, span: span)
    case .type(let type):
      guard case .function(let initializer)? = type.staticMembers["init"] else {
        throw Diagnostic(.runtime, "'\(type.name)' cannot be constructed directly", at: callee.span)
      }
      return try invoke(initializer, receiver: nil, values, interpreter, span: span)
    default:
      throw Diagnostic(.runtime, "cannot call value of non-function type '\(target.typeName)'", at: callee.span)
    }
  }
}

/// `base.name(arguments)`: a method of an engine object, a static member of a type, or a
/// non-mutating method of a built-in value.
final class MethodCallNode: ExprNode {
  let base: ExprNode
  let name: String
  let nameSpan: SourceSpan
  let arguments: [(label: String?, node: ExprNode)]

  init(base: ExprNode, name: String, nameSpan: SourceSpan, arguments: [(label: String?, node: ExprNode)], span: SourceSpan) {
    self.base = base
    self.name = name
    self.nameSpan = nameSpan
    self.arguments = arguments
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    let receiver = try base.eval(interpreter)
    let values = try evaluate(arguments, interpreter)
    switch receiver {
    case .object(let object):
      if let method = object.type.methods[name] {
        return try invoke(method, receiver: receiver, values, interpreter, span: span)
      }
    case .type(let type):
      if case .function(let function)? = type.staticMembers[name] {
        return try invoke(function, receiver: nil, values, interpreter, span: span)
      }
    default:
      if let method = BuiltinMethods.method(named: name, of: receiver) {
        return try invoke(method, receiver: receiver, values, interpreter, span: span)
      }
    }
    throw Diagnostic(.runtime, "value of type '\(receiver.typeName)' has no method '\(name)'", at: nameSpan)
  }
}

/// `array.append(x)` and other mutating methods, applied to the variable in place.
final class MutatingCallNode: ExprNode {
  let slot: Int
  let name: String
  let arguments: [(label: String?, node: ExprNode)]
  /// The declared element type of the array, which integer literals adapt to.
  let elementType: StaticType

  init(slot: Int, name: String, arguments: [(label: String?, node: ExprNode)], elementType: StaticType, span: SourceSpan) {
    self.slot = slot
    self.name = name
    self.arguments = arguments
    self.elementType = elementType
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    var values = try evaluate(arguments, interpreter)
    // The unlabelled first argument of append and insert is the new element.
    if let first = values.first, first.label == nil {
      values[0].value = try elementType.adapt(first.value, at: arguments[0].node)
    }
    // Move the array out of its slot first, so that Swift's copy-on-write sees a unique
    // reference and appends in place instead of copying the whole array every time.
    var current = interpreter.slots[slot]
    interpreter.slots[slot] = .void
    defer { interpreter.slots[slot] = current }
    return try located(span) { try BuiltinMethods.mutate(&current, name: name, arguments: values) }
  }
}

/// `base.name`: a property of a value or engine object, or a static member of a type.
final class MemberNode: ExprNode {
  let base: ExprNode
  let name: String
  let nameSpan: SourceSpan

  init(base: ExprNode, name: String, nameSpan: SourceSpan, span: SourceSpan) {
    self.base = base
    self.name = name
    self.nameSpan = nameSpan
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    let value = try base.eval(interpreter)
    switch value {
    case .object(let object):
      if let property = object.type.properties[name] {
        return try located(span) { try property(object.object) }
      }
      if object.type.methods[name] != nil {
        throw Diagnostic(.runtime, "method '\(name)' of '\(object.type.name)' must be called: write '\(name)()'", at: nameSpan)
      }
    case .type(let type):
      if let member = type.staticMembers[name] { return member }
    default:
      if let property = BuiltinMethods.property(named: name, of: value) { return property }
    }
    throw Diagnostic(.runtime, "value of type '\(value.typeName)' has no member '\(name)'", at: nameSpan)
  }
}

/// `base[index]`: reading an element or a slice.
final class SubscriptNode: ExprNode {
  let base: ExprNode
  let index: ExprNode

  init(base: ExprNode, index: ExprNode, span: SourceSpan) {
    self.base = base
    self.index = index
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    let container = try base.eval(interpreter)
    let position = try index.eval(interpreter)
    return try located(span) { try BuiltinMethods.element(of: container, at: position) }
  }
}
