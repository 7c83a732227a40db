import FolioScript

/// One parameter of a bound function: its label, its Swift type, and its default.
struct Param<T: ScriptConvertible> {
  /// The label cells write, or nil for `_`.
  let label: String?
  /// The value used when the argument is left out.
  let defaultValue: T?

  /// An unlabelled, required parameter.
  static var unlabelled: Param { Param(label: nil, defaultValue: nil) }

  /// An unlabelled parameter with a default.
  static func unlabelled(default defaultValue: T) -> Param { Param(label: nil, defaultValue: defaultValue) }

  /// A labelled parameter, required unless it has a default.
  static func labelled(_ label: String, default defaultValue: T? = nil) -> Param {
    Param(label: label, defaultValue: defaultValue)
  }

  /// The parameter as the language's signature sees it.
  var signature: Signature.Parameter { Signature.Parameter(label, default: defaultValue?.scriptValue) }

  /// Converts the matched argument, naming it in the error.
  func read(_ value: Value, position: Int, in function: String) throws -> T {
    do {
      return try T.from(value)
    } catch let error as RuntimeError {
      let name = label.map { "'\($0):'" } ?? "\(position + 1)"
      throw RuntimeError("\(function): argument \(name) \(error.message)")
    }
  }
}

extension Param {
  /// A labelled parameter that may be left out, reading as nil: `dim: Int? = nil`.
  static func optional<W: ScriptConvertible>(_ label: String) -> Param where T == W? {
    Param(label: label, defaultValue: .some(nil))
  }
}

/// Makes bound functions: typed Swift closures become script functions with checked labels
/// and argument types. One line per bound member is the whole cost of exposing it.
enum Bind {
  /// A function from its parameters' signatures and a body over the matched arguments.
  static func make(
    _ name: String, _ parameters: [Signature.Parameter], _ body: @escaping (CallContext, [Value], String) throws -> Value
  ) -> Function {
    let signature = Signature(parameters)
    let spelled = signature.spelled(name)
    return Function(name, signature) { context, args in try body(context, args, spelled) }
  }

  static func function<R: ScriptConvertible>(_ name: String, _ body: @escaping () throws -> R) -> Function {
    make(name, []) { _, _, _ in try body().scriptValue }
  }

  static func function<A, R: ScriptConvertible>(
    _ name: String, _ a: Param<A>, _ body: @escaping (A) throws -> R
  ) -> Function {
    make(name, [a.signature]) { _, args, f in try body(a.read(args[0], position: 0, in: f)).scriptValue }
  }

  static func function<A, B, R: ScriptConvertible>(
    _ name: String, _ a: Param<A>, _ b: Param<B>, _ body: @escaping (A, B) throws -> R
  ) -> Function {
    make(name, [a.signature, b.signature]) { _, args, f in
      try body(a.read(args[0], position: 0, in: f), b.read(args[1], position: 1, in: f)).scriptValue
    }
  }

  static func function<A, B, C, R: ScriptConvertible>(
    _ name: String, _ a: Param<A>, _ b: Param<B>, _ c: Param<C>, _ body: @escaping (A, B, C) throws -> R
  ) -> Function {
    make(name, [a.signature, b.signature, c.signature]) { _, args, f in
      try body(
        a.read(args[0], position: 0, in: f), b.read(args[1], position: 1, in: f), c.read(args[2], position: 2, in: f)
      ).scriptValue
    }
  }

  static func function<A, B, C, D, R: ScriptConvertible>(
    _ name: String, _ a: Param<A>, _ b: Param<B>, _ c: Param<C>, _ d: Param<D>,
    _ body: @escaping (A, B, C, D) throws -> R
  ) -> Function {
    make(name, [a.signature, b.signature, c.signature, d.signature]) { _, args, f in
      try body(
        a.read(args[0], position: 0, in: f), b.read(args[1], position: 1, in: f), c.read(args[2], position: 2, in: f),
        d.read(args[3], position: 3, in: f)
      ).scriptValue
    }
  }

  /// A function that also needs the calling session, e.g. to display a figure.
  static func function<A, B, C, D, R: ScriptConvertible>(
    _ name: String, _ a: Param<A>, _ b: Param<B>, _ c: Param<C>, _ d: Param<D>,
    _ body: @escaping (CallContext, A, B, C, D) throws -> R
  ) -> Function {
    make(name, [a.signature, b.signature, c.signature, d.signature]) { context, args, f in
      try body(
        context, a.read(args[0], position: 0, in: f), b.read(args[1], position: 1, in: f),
        c.read(args[2], position: 2, in: f), d.read(args[3], position: 3, in: f)
      ).scriptValue
    }
  }
}

/// Declares the script-facing members of one engine type, one line per member.
extension Bind {
  /// A type cells construct by name, `Linear(784, 100)`, whose `init` is `initializer`; a
  /// variadic one receives its arguments as one array, `Sequential(a, b, c)`.
  static func constructor(_ name: String, _ initializer: Function, variadic: Bool = false) -> Value {
    let type = HostType(name: name) { _ in name }
    type.staticMembers["init"] = .function(
      variadic ? Function("init", Signature([Signature.Parameter(nil)], variadic: true), body: initializer.body) : initializer)
    return .type(.host(type))
  }
}

struct Binder<Receiver: AnyObject> {
  /// The table being filled.
  let type: HostType

  /// A method: the receiver comes first, then the matched arguments.
  private func method(_ name: String, _ parameters: [Signature.Parameter], _ body: @escaping (Receiver, [Value], String) throws -> Value) {
    type.methods[name] = Bind.make(name, parameters) { _, args, f in try body(receiver(args), Array(args.dropFirst()), f) }
  }

  /// A method without arguments: `t.sum()`.
  func method<R: ScriptConvertible>(_ name: String, _ body: @escaping (Receiver) throws -> R) {
    method(name, []) { r, _, _ in try body(r).scriptValue }
  }

  /// A method with one argument: `x.matmul(w)`.
  func method<A, R: ScriptConvertible>(_ name: String, _ a: Param<A>, _ body: @escaping (Receiver, A) throws -> R) {
    method(name, [a.signature]) { r, args, f in try body(r, a.read(args[0], position: 0, in: f)).scriptValue }
  }

  /// A method with two arguments: `t.transpose(0, 1)`.
  func method<A, B, R: ScriptConvertible>(
    _ name: String, _ a: Param<A>, _ b: Param<B>, _ body: @escaping (Receiver, A, B) throws -> R
  ) {
    method(name, [a.signature, b.signature]) { r, args, f in
      try body(r, a.read(args[0], position: 0, in: f), b.read(args[1], position: 1, in: f)).scriptValue
    }
  }

  /// A method with three arguments: `t.sum(dim: 1, dims: nil, keepDim: true)`.
  func method<A, B, C, R: ScriptConvertible>(
    _ name: String, _ a: Param<A>, _ b: Param<B>, _ c: Param<C>, _ body: @escaping (Receiver, A, B, C) throws -> R
  ) {
    method(name, [a.signature, b.signature, c.signature]) { r, args, f in
      try body(
        r, a.read(args[0], position: 0, in: f), b.read(args[1], position: 1, in: f), c.read(args[2], position: 2, in: f)
      ).scriptValue
    }
  }

  /// A method with four arguments: `x.conv2d(weight: w, bias: b, stride: 1, padding: 1)`.
  func method<A, B, C, D, R: ScriptConvertible>(
    _ name: String, _ a: Param<A>, _ b: Param<B>, _ c: Param<C>, _ d: Param<D>,
    _ body: @escaping (Receiver, A, B, C, D) throws -> R
  ) {
    method(name, [a.signature, b.signature, c.signature, d.signature]) { r, args, f in
      try body(
        r, a.read(args[0], position: 0, in: f), b.read(args[1], position: 1, in: f), c.read(args[2], position: 2, in: f),
        d.read(args[3], position: 3, in: f)
      ).scriptValue
    }
  }

  /// A read-only property: `t.shape`.
  func property<R: ScriptConvertible>(_ name: String, _ body: @escaping (Receiver) throws -> R) {
    type.properties[name] = { object in try body(unsafeDowncast(object, to: Receiver.self)).scriptValue }
  }

  /// A static member reached through the type's name: `Tensor.randn([2, 3])`.
  func staticFunction(_ function: Function) {
    type.staticMembers[function.name] = .function(function)
  }

  private func receiver(_ args: [Value]) -> Receiver {
    // The interpreter passes the receiver first, and only looks methods up in the table of
    // the receiver's own type, so the cast cannot fail.
    guard case .object(let object) = args[0] else { preconditionFailure("method called without a receiver") }
    return unsafeDowncast(object.object, to: Receiver.self)
  }
}

/// The matched arguments of a function with many options, read by label: the shape of
/// plotting calls, whose options are all labelled and mostly defaulted.
struct Arguments {
  /// The function's name as Swift spells it, for messages.
  let function: String
  let labels: [String?]
  let values: [Value]

  /// The argument at an unlabelled position (counting unlabelled parameters only).
  func positional<T: ScriptConvertible>(_ index: Int) throws -> T {
    let positions = labels.indices.filter { labels[$0] == nil }
    return try convert(values[positions[index]], "\(index + 1)")
  }

  /// The raw value of an unlabelled position, `.none` when left out.
  func positionalValue(_ index: Int) -> Value {
    let positions = labels.indices.filter { labels[$0] == nil }
    return values[positions[index]]
  }

  /// The raw value of the argument labelled `label`, `.none` when left out.
  func value(_ label: String) -> Value {
    guard let index = labels.firstIndex(of: label) else { preconditionFailure("\(function) has no label \(label)") }
    return values[index]
  }

  /// The argument labelled `label`.
  func labelled<T: ScriptConvertible>(_ label: String) throws -> T {
    guard let index = labels.firstIndex(of: label) else { preconditionFailure("\(function) has no label \(label)") }
    return try convert(values[index], "'\(label):'")
  }

  /// The argument labelled `label`, or nil when it was left out.
  func optional<T: ScriptConvertible>(_ label: String) throws -> T? {
    guard let index = labels.firstIndex(of: label) else { preconditionFailure("\(function) has no label \(label)") }
    if case .none = values[index] { return nil }
    return try convert(values[index], "'\(label):'")
  }

  private func convert<T: ScriptConvertible>(_ value: Value, _ name: String) throws -> T {
    do {
      return try T.from(value)
    } catch let error as RuntimeError {
      throw RuntimeError("\(function): argument \(name) \(error.message)")
    }
  }

  /// A function whose `parameters` (label, default; nil default means required) are read
  /// by `body` through `Arguments`.
  static func function(
    _ name: String, _ parameters: [(String?, Value?)], _ body: @escaping (CallContext, Arguments) throws -> Value
  ) -> Function {
    Bind.make(name, parameters.map { Signature.Parameter($0.0, default: $0.1) }) { context, values, spelled in
      try body(context, Arguments(function: spelled, labels: parameters.map(\.0), values: values))
    }
  }
}

extension Binder {
  /// A method with many options, read through `Arguments`.
  func options(_ name: String, _ parameters: [(String?, Value?)], _ body: @escaping (Receiver, Arguments) throws -> Value) {
    type.methods[name] = Bind.make(name, parameters.map { Signature.Parameter($0.0, default: $0.1) }) { _, values, spelled in
      // The interpreter passes the receiver first.
      guard case .object(let object) = values[0] else { preconditionFailure("method called without a receiver") }
      let arguments = Arguments(function: spelled, labels: parameters.map(\.0), values: Array(values.dropFirst()))
      return try body(unsafeDowncast(object.object, to: Receiver.self), arguments)
    }
  }
}
