import FolioScript

/// One parameter of a bound function: its label, its Swift type, and its default.
struct Param<T: ScriptConvertible> {
  /// The label cells write, or nil for `_`.
  let label: String?
  /// The value used when the argument is left out.
  let defaultValue: T?

  /// An unlabelled, required parameter.
  static var unlabelled: Param { Param(label: nil, defaultValue: nil) }

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

/// Makes bound functions: typed Swift closures become script functions with checked labels
/// and argument types. One line per bound member is the whole cost of exposing it.
enum Bind {
  static func function<R: ScriptConvertible>(_ name: String, _ body: @escaping () throws -> R) -> Function {
    Function(name, Signature([])) { _, _ in try body().scriptValue }
  }

  static func function<A, R: ScriptConvertible>(
    _ name: String, _ a: Param<A>, _ body: @escaping (A) throws -> R
  ) -> Function {
    let signature = Signature([a.signature])
    let spelled = signature.spelled(name)
    return Function(name, signature) { _, args in
      try body(a.read(args[0], position: 0, in: spelled)).scriptValue
    }
  }

  /// A function that also needs the calling session, e.g. to display a figure.
  static func function<A, B, C, D, R: ScriptConvertible>(
    _ name: String, _ a: Param<A>, _ b: Param<B>, _ c: Param<C>, _ d: Param<D>,
    _ body: @escaping (CallContext, A, B, C, D) throws -> R
  ) -> Function {
    let signature = Signature([a.signature, b.signature, c.signature, d.signature])
    let spelled = signature.spelled(name)
    return Function(name, signature) { context, args in
      try body(
        context, a.read(args[0], position: 0, in: spelled), b.read(args[1], position: 1, in: spelled),
        c.read(args[2], position: 2, in: spelled), d.read(args[3], position: 3, in: spelled)
      ).scriptValue
    }
  }
}

/// Declares the script-facing members of one engine type, one line per member.
struct Binder<Receiver: AnyObject> {
  /// The table being filled.
  let type: HostType

  /// A method without arguments: `t.sum()`.
  func method<R: ScriptConvertible>(_ name: String, _ body: @escaping (Receiver) throws -> R) {
    type.methods[name] = Function(name, Signature([])) { _, args in try body(receiver(args)).scriptValue }
  }

  /// A method with one argument: `x.matmul(w)`.
  func method<A, R: ScriptConvertible>(_ name: String, _ a: Param<A>, _ body: @escaping (Receiver, A) throws -> R) {
    let signature = Signature([a.signature])
    let spelled = signature.spelled(name)
    type.methods[name] = Function(name, signature) { _, args in
      try body(receiver(args), a.read(args[1], position: 0, in: spelled)).scriptValue
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
