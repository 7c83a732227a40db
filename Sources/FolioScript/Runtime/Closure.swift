/// A function written in a cell, resolved and ready to call.
final class CompiledFunction {
  /// A parameter: how callers label it, its type and default, and where it lives.
  struct Parameter {
    var label: String?
    var name: String
    var type: StaticType
    var defaultValue: ExprNode?
    var isInout: Bool
    /// The local slot the argument is stored in.
    var slot: Int
    /// Whether a closure captures the parameter, so it must live in a box.
    var isBoxed: Bool
  }

  /// Where a closure finds a variable it captures when it is created.
  enum CaptureSource {
    /// The box in a slot of the enclosing function's frame.
    case local(Int)
    /// The box in a global slot (a captured variable of a top-level block).
    case global(Int)
    /// A variable the enclosing closure itself captured.
    case capture(Int)
  }

  let name: String
  var parameters: [Parameter]
  let returnType: StaticType
  /// The statements of the body, filled in once it is resolved (recursive functions refer to
  /// themselves before that).
  var body: [StmtNode] = []
  /// How many local slots a call needs.
  var localCount = 0
  var captureSources: [CaptureSource] = []
  let isThrowing: Bool
  let isMutating: Bool
  /// For an initializer: the type it initializes and whether it may return nil.
  var initializedType: UserType?
  var isFailable = false
  /// The local slot holding `self` in a method or initializer.
  var selfSlot: Int?
  /// Whether closures in the method capture `self`, so it lives in a box.
  var selfIsBoxed = false
  /// Where the function was declared, for errors.
  let span: SourceSpan

  init(name: String, parameters: [Parameter], returnType: StaticType, isThrowing: Bool, isMutating: Bool, span: SourceSpan) {
    self.name = name
    self.parameters = parameters
    self.returnType = returnType
    self.isThrowing = isThrowing
    self.isMutating = isMutating
    self.span = span
  }

  /// Whether any parameter is `inout`, so callers must copy values back.
  var hasInoutParameters: Bool { parameters.contains { $0.isInout } }

  /// The signature as Swift spells it: `move(by:)`.
  var spelled: String {
    "\(name)(" + parameters.map { "\($0.label ?? "_"):" }.joined() + ")"
  }
}

/// A function value: compiled code plus the variables it captured.
public final class Closure {
  let function: CompiledFunction
  let captures: [Box]

  init(function: CompiledFunction, captures: [Box]) {
    self.function = function
    self.captures = captures
  }
}
