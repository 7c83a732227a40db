/// A top-level variable of a cell.
final class GlobalNode: ExprNode {
  let slot: Int

  init(slot: Int, span: SourceSpan) {
    self.slot = slot
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value { interpreter.globals[slot] }
}

/// A local variable of the running function.
final class LocalNode: ExprNode {
  let slot: Int

  init(slot: Int, span: SourceSpan) {
    self.slot = slot
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value { interpreter.frame[slot] }
}

/// A variable a closure captures, read through its box.
final class BoxedNode: ExprNode {
  let storage: Storage

  init(storage: Storage, span: SourceSpan) {
    self.storage = storage
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value { storage.box(interpreter).value }
}

/// Where a boxed variable's box is.
enum Storage {
  case global(Int), local(Int), capture(Int)

  @inline(__always)
  func box(_ interpreter: Interpreter) -> Box {
    let holder: Value
    switch self {
    case .global(let slot): holder = interpreter.globals[slot]
    case .local(let slot): holder = interpreter.frame[slot]
    case .capture(let index): return interpreter.captures[index]
    }
    guard case .box(let box) = holder else { preconditionFailure("a boxed variable's slot holds no box") }
    return box
  }
}

/// Something a value can be stored into: a variable, a property, an element, a tuple field.
///
/// `modify` hands the stored value to a closure to change in place, so that changing
/// `a.b[i]` copies nothing when `a` holds the only reference to its storage.
class LValue {
  /// Where the target is written.
  let span: SourceSpan
  /// The target's declared type; stored values are checked against it.
  let type: StaticType

  init(type: StaticType, span: SourceSpan) {
    self.type = type
    self.span = span
  }

  func get(_ interpreter: Interpreter) throws -> Value {
    preconditionFailure("\(Swift.type(of: self)) must override get")
  }

  func set(_ value: Value, _ interpreter: Interpreter) throws {
    preconditionFailure("\(Swift.type(of: self)) must override set")
  }

  func modify(_ interpreter: Interpreter, _ body: (inout Value) throws -> Void) throws {
    preconditionFailure("\(Swift.type(of: self)) must override modify")
  }

  /// Whether the target now holds a Double, so that an integer literal stored into it
  /// becomes one (`p.x = 3`).
  func holdsDouble(_ interpreter: Interpreter) throws -> Bool {
    if case .double = try get(interpreter) { return true }
    return false
  }
}

/// A variable as an assignment target. `name` and `isConstant` serve error messages about
/// mutating through a `let`.
final class VariableLValue: LValue {
  enum Place {
    case global(Int), local(Int), boxed(Storage)
  }

  let place: Place
  let name: String
  let isConstant: Bool

  init(place: Place, name: String, isConstant: Bool, type: StaticType, span: SourceSpan) {
    self.place = place
    self.name = name
    self.isConstant = isConstant
    super.init(type: type, span: span)
  }

  override func get(_ interpreter: Interpreter) throws -> Value {
    switch place {
    case .global(let slot): return interpreter.globals[slot]
    case .local(let slot): return interpreter.frame[slot]
    case .boxed(let storage): return storage.box(interpreter).value
    }
  }

  override func set(_ value: Value, _ interpreter: Interpreter) throws {
    switch place {
    case .global(let slot): interpreter.globals[slot] = value
    case .local(let slot): interpreter.frame[slot] = value
    case .boxed(let storage): storage.box(interpreter).value = value
    }
  }

  override func modify(_ interpreter: Interpreter, _ body: (inout Value) throws -> Void) throws {
    guard !isConstant else {
      throw Diagnostic(.runtime, "cannot mutate '\(name)': it is a 'let' constant; declare it with 'var'", at: span)
    }
    switch place {
    case .global(let slot): try body(&interpreter.globals[slot])
    case .local(let slot): try body(&interpreter.frame[slot])
    case .boxed(let storage):
      let box = storage.box(interpreter)
      try body(&box.value)
    }
  }
}

/// `base.name` as an assignment target: a stored or computed property, or a tuple element.
final class MemberLValue: LValue {
  let base: LValue
  let name: String

  init(base: LValue, name: String, span: SourceSpan) {
    self.base = base
    self.name = name
    super.init(type: .unknown, span: span)
  }

  override func get(_ interpreter: Interpreter) throws -> Value {
    try interpreter.member(name, of: try base.get(interpreter), span: span)
  }

  override func set(_ value: Value, _ interpreter: Interpreter) throws {
    let current = try base.get(interpreter)
    // A class instance is changed through the reference; its variable needs no update.
    if case .instance(let instance) = current, !instance.type.isValueType {
      var reference = current
      try interpreter.setMember(name, of: &reference, to: value, span: span)
      return
    }
    try base.modify(interpreter) { container in
      try interpreter.setMember(name, of: &container, to: value, span: span)
    }
  }

  override func modify(_ interpreter: Interpreter, _ body: (inout Value) throws -> Void) throws {
    if var reference = try classInstance(interpreter) {
      try interpreter.modifyMember(name, of: &reference, span: span, body)
      return
    }
    try base.modify(interpreter) { container in
      try interpreter.modifyMember(name, of: &container, span: span, body)
    }
  }
}

extension MemberLValue {
  /// The base when it is a class instance, which is changed through its reference. A struct
  /// read here must not be kept while it is changed through `base`: the extra reference would
  /// make its fields look shared and copy them on every change.
  fileprivate func classInstance(_ interpreter: Interpreter) throws -> Value? {
    let current = try base.get(interpreter)
    guard case .instance(let instance) = current, !instance.type.isValueType else { return nil }
    return current
  }
}

/// `base[index]` as an assignment target: an array element or a dictionary entry, which
/// `dictionary[key, default: value]` reads as `value` when the key is missing.
final class SubscriptLValue: LValue {
  let base: LValue
  let indices: [ExprNode]
  let defaultValue: ExprNode?

  init(base: LValue, indices: [ExprNode], defaultValue: ExprNode? = nil, span: SourceSpan) {
    self.base = base
    self.indices = indices
    self.defaultValue = defaultValue
    super.init(type: .unknown, span: span)
  }

  override func get(_ interpreter: Interpreter) throws -> Value {
    let container = try base.get(interpreter)
    return try element(of: container, at: try positions(interpreter), interpreter)
  }

  private func positions(_ interpreter: Interpreter) throws -> [Value] {
    try indices.map { try $0.eval(interpreter) }
  }

  private func element(of container: Value, at positions: [Value], _ interpreter: Interpreter) throws -> Value {
    if case .object(let object) = container, let subscriptGet = object.type.subscriptGet {
      return try located(span) { try subscriptGet(object.object, positions) }
    }
    if let method = interpreter.ownSubscript(of: container, labels: positions.map { _ in nil }) {
      return try interpreter.invoke(method, captures: [], self: container, try interpreter.matchArguments(positions.map { (nil, $0) }, to: method, span: span), span: span)
    }
    let position = try single(positions, container)
    let element = try located(span) { try BuiltinMethods.element(of: container, at: position) }
    if let defaultValue, case .none = element { return try defaultValue.eval(interpreter) }
    if defaultValue != nil, case .some(let wrapped) = element { return wrapped }
    return element
  }

  /// Writes through the container's subscript: an engine object's setter (`t[mask] = 0`
  /// changes the tensor in place), or an array or dictionary element.
  private func store(_ value: Value, in container: inout Value, at positions: [Value]) throws {
    if case .object(let object) = container, let subscriptSet = object.type.subscriptSet {
      try located(span) { try subscriptSet(object.object, positions, value) }
      return
    }
    let position = try single(positions, container)
    try located(span) { try BuiltinMethods.setElement(of: &container, at: position, to: value) }
  }

  private func single(_ positions: [Value], _ container: Value) throws -> Value {
    guard positions.count == 1 else {
      throw Diagnostic(.runtime, "value of type '\(container.typeName)' takes one index, not \(positions.count)", at: span)
    }
    return positions[0]
  }

  override func set(_ value: Value, _ interpreter: Interpreter) throws {
    let positions = try positions(interpreter)
    if var object = try engineObject(interpreter) { return try store(value, in: &object, at: positions) }
    try base.modify(interpreter) { container in try store(value, in: &container, at: positions) }
  }

  /// An engine object converts what is stored into it itself, so `grad[mask] = 0` need not
  /// read the selection first.
  override func holdsDouble(_ interpreter: Interpreter) throws -> Bool {
    try engineObject(interpreter) == nil ? try super.holdsDouble(interpreter) : false
  }

  /// The container when it is an engine object with a subscript setter: writing through it
  /// changes the object, not the variable, so even a `let` may be written through.
  private func engineObject(_ interpreter: Interpreter) throws -> Value? {
    let container = try base.get(interpreter)
    guard case .object(let object) = container, object.type.subscriptSet != nil else { return nil }
    return container
  }

  override func modify(_ interpreter: Interpreter, _ body: (inout Value) throws -> Void) throws {
    let positions = try positions(interpreter)
    if var object = try engineObject(interpreter) {
      var element = try self.element(of: object, at: positions, interpreter)
      try body(&element)
      return try store(element, in: &object, at: positions)
    }
    try base.modify(interpreter) { container in
      var element = try self.element(of: container, at: positions, interpreter)
      try body(&element)
      try store(element, in: &container, at: positions)
    }
  }
}

/// Reads a variable declared without a value, checking that it has been given one.
final class InitializedCheckNode: ExprNode {
  let read: ExprNode

  init(read: ExprNode, span: SourceSpan) {
    self.read = read
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    let value = try read.eval(interpreter)
    if case .void = value { throw Diagnostic(.runtime, "variable used before being initialized", at: span) }
    return value
  }
}

/// A `let` declared without a value, as an assignment target: assignable once.
final class OnceLValue: LValue {
  let target: LValue
  let name: String

  init(target: LValue, name: String, span: SourceSpan) {
    self.target = target
    self.name = name
    super.init(type: target.type, span: span)
  }

  override func get(_ interpreter: Interpreter) throws -> Value { try target.get(interpreter) }

  override func set(_ value: Value, _ interpreter: Interpreter) throws {
    guard case .void = try target.get(interpreter) else {
      throw Diagnostic(.runtime, "immutable value '\(name)' may only be initialized once", at: span)
    }
    try target.set(value, interpreter)
  }

  override func modify(_ interpreter: Interpreter, _ body: (inout Value) throws -> Void) throws {
    throw Diagnostic(.runtime, "cannot mutate '\(name)': it is a 'let' constant; declare it with 'var'", at: span)
  }
}

/// A `let` constant as the target of a compound assignment: readable, so an engine object
/// can update itself in place, but never replaced.
final class ReadOnlyLValue: LValue {
  let base: LValue
  let name: String

  init(base: LValue, name: String, span: SourceSpan) {
    self.base = base
    self.name = name
    super.init(type: base.type, span: span)
  }

  override func get(_ interpreter: Interpreter) throws -> Value { try base.get(interpreter) }

  override func set(_ value: Value, _ interpreter: Interpreter) throws {
    throw Diagnostic(.runtime, "cannot assign to value: '\(name)' is a 'let' constant", at: span)
  }

  override func modify(_ interpreter: Interpreter, _ body: (inout Value) throws -> Void) throws {
    throw Diagnostic(.runtime, "cannot assign to value: '\(name)' is a 'let' constant", at: span)
  }
}

/// `(a, b)` as an assignment target: the tuple's elements go to the targets in order.
final class TupleLValue: LValue {
  let elements: [LValue]

  init(elements: [LValue], span: SourceSpan) {
    self.elements = elements
    super.init(type: .unknown, span: span)
  }

  override func get(_ interpreter: Interpreter) throws -> Value {
    .tuple(TupleValue(elements: try elements.map { try $0.get(interpreter) }, labels: nil))
  }

  override func set(_ value: Value, _ interpreter: Interpreter) throws {
    guard case .tuple(let tuple) = value, tuple.elements.count == elements.count else {
      throw Diagnostic(.runtime, "cannot assign a value of type '\(value.typeName)' to a tuple of \(elements.count) targets", at: span)
    }
    for (target, element) in zip(elements, tuple.elements) { try target.set(element, interpreter) }
  }

  override func modify(_ interpreter: Interpreter, _ body: (inout Value) throws -> Void) throws {
    var value = try get(interpreter)
    try body(&value)
    try set(value, interpreter)
  }
}

/// A value computed by an expression, as the base of an assignment target.
final class TemporaryLValue: LValue {
  let node: ExprNode

  init(node: ExprNode, span: SourceSpan) {
    self.node = node
    super.init(type: .unknown, span: span)
  }

  override func get(_ interpreter: Interpreter) throws -> Value { try node.eval(interpreter) }

  override func set(_ value: Value, _ interpreter: Interpreter) throws {
    throw Diagnostic(.runtime, "cannot assign to this expression: it is not a variable", at: span)
  }

  override func modify(_ interpreter: Interpreter, _ body: (inout Value) throws -> Void) throws {
    var value = try node.eval(interpreter)
    if case .instance(let instance) = value, !instance.type.isValueType {
      try body(&value)
      return
    }
    throw Diagnostic(.runtime, "cannot assign to a property of a temporary value of type '\(value.typeName)'", at: span)
  }
}

/// `a!` and `a?` (in an optional chain) as assignment targets: the wrapped value.
final class UnwrapLValue: LValue {
  let base: LValue
  /// `!` traps on nil; `?` ends the chain.
  let isForced: Bool

  init(base: LValue, isForced: Bool, span: SourceSpan) {
    self.base = base
    self.isForced = isForced
    super.init(type: .unknown, span: span)
  }

  override func get(_ interpreter: Interpreter) throws -> Value {
    try unwrap(try base.get(interpreter))
  }

  override func set(_ value: Value, _ interpreter: Interpreter) throws {
    try base.modify(interpreter) { wrapped in
      _ = try unwrap(wrapped)
      wrapped = .some(value)
    }
  }

  override func modify(_ interpreter: Interpreter, _ body: (inout Value) throws -> Void) throws {
    try base.modify(interpreter) { wrapped in
      var inner = try unwrap(wrapped)
      wrapped = .void
      defer { wrapped = .some(inner) }
      try body(&inner)
    }
  }

  private func unwrap(_ value: Value) throws -> Value {
    switch value {
    case .some(let inner): return inner
    case .none:
      if isForced { throw Diagnostic(.runtime, "unexpectedly found nil while unwrapping an Optional value", at: span) }
      throw OptionalChainEnded()
    default: return value
    }
  }
}

/// `target = value` and `target op= value`.
final class AssignNode: ExprNode {
  let target: LValue
  /// The operator of a compound assignment, or nil for `=`.
  let op: BinaryOperator?
  let value: ExprNode
  let opSpan: SourceSpan

  /// For `x = value` to an unboxed variable that is untyped or of a plain type: where it lives.
  private let direct: VariableLValue.Place?
  private let directCheck: TagCheck
  private let valueIsIntegerLiteral: Bool

  init(target: LValue, op: BinaryOperator?, value: ExprNode, opSpan: SourceSpan, span: SourceSpan) {
    self.target = target
    self.op = op
    self.value = value
    self.opSpan = opSpan
    let check = TagCheck(target.type)
    if let variable = target as? VariableLValue, check != nil, !(value is ImplicitMemberNode) {
      switch variable.place {
      case .global, .local: direct = variable.place
      case .boxed: direct = nil
      }
    } else {
      direct = nil
    }
    directCheck = check ?? .none
    valueIsIntegerLiteral = (value as? LiteralNode)?.isIntegerLiteral == true
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    guard let op else {
      if let direct {
        // An unboxed variable that is untyped or of a plain type: store after, at most, a
        // check of the value's tag; anything else takes the general path for its message.
        let new = try value.eval(interpreter)
        if directCheck.admits(new) {
          switch direct {
          case .global(let slot): interpreter.globals[slot] = new
          case .local(let slot): interpreter.frame[slot] = new
          case .boxed: break
          }
          return .void
        }
        try target.set(try target.type.adapt(new, at: value, .assignment), interpreter)
        return .void
      }
      do {
        var new = try target.type.evaluate(value, interpreter, .assignment)
        // `p.x = 3` with a Double property stores 3.0, as Swift types the literal from it.
        if valueIsIntegerLiteral, case .int(let n) = new, try target.holdsDouble(interpreter) { new = .double(Double(n)) }
        try target.set(new, interpreter)
      } catch is OptionalChainEnded {
        // `a?.b = v` with `a` nil assigns nothing.
      }
      return .void
    }
    let operand = try value.eval(interpreter)
    // `xs += [x]` appends in place, as Swift's does, rather than building a new array. An empty
    // array has no element to check the new ones against, so the general path, which checks
    // them against the declared type, takes it.
    if op == .add, case .array(let added) = operand, try holdsElements(target, interpreter) {
      try target.modify(interpreter) { current in
        _ = try located(opSpan) {
          try BuiltinMethods.mutate(&current, name: "append", arguments: [("contentsOf", .array(added))], interpreter)
        }
      }
      return .void
    }
    let old: Value
    do { old = try target.get(interpreter) } catch is OptionalChainEnded { return .void }
    // Engine objects such as tensors update in place, as `w -= lr * g` does in PyTorch.
    if case .object(let object) = old, let inPlace = object.type.inPlace {
      if try located(opSpan, { try inPlace(op.rawValue, object.object, operand) }) { return .void }
    }
    var right = operand
    if (value as? LiteralNode)?.isIntegerLiteral == true, case .double = old, case .int(let n) = operand {
      right = .double(Double(n))
    }
    let result = try located(opSpan) { try op.apply(old, right) }
    try target.set(try target.type.adapt(result, at: self, .assignment), interpreter)
    return .void
  }
}


/// Whether the target is a non-empty array. The value read is let go on return, before the
/// array is changed through the target, so that it is not shared at that point.
private func holdsElements(_ target: LValue, _ interpreter: Interpreter) throws -> Bool {
  do {
    guard case .array(let items) = try target.get(interpreter) else { return false }
    return !items.isEmpty
  } catch is OptionalChainEnded {
    return false
  }
}

/// `_ = value`: evaluates and drops the value.
final class DiscardNode: ExprNode {
  let value: ExprNode

  init(value: ExprNode, span: SourceSpan) {
    self.value = value
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    _ = try value.eval(interpreter)
    return .void
  }
}

/// The cheap check a store of a plain type needs: the value's tag.
enum TagCheck {
  case none, int, double, bool, string

  /// The check for a declared type, or nil if the type needs the general conversion.
  init?(_ type: StaticType) {
    switch type {
    case .unknown, .any: self = .none
    case .int: self = .int
    case .double: self = .double
    case .bool: self = .bool
    case .string: self = .string
    default: return nil
    }
  }

  @inline(__always)
  func admits(_ value: Value) -> Bool {
    switch (self, value) {
    case (.none, _), (.int, .int), (.double, .double), (.bool, .bool), (.string, .string): return true
    default: return false
    }
  }
}

/// An assignment used as a statement, run without the expression-statement wrapper.
final class AssignStatement: StmtNode {
  let assignment: AssignNode

  init(_ assignment: AssignNode) {
    self.assignment = assignment
    super.init(span: assignment.span)
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    _ = try assignment.eval(interpreter)
    return .normal
  }
}
