import Synchronization

/// The state of a running session: variable storage, the call stack, and where output goes.
///
/// Variables live in slots numbered by the resolver: top-level variables of cells in
/// `globals`, a function's locals in its frame on `stack`. A running node reads a variable
/// with one pointer access instead of a lookup by name.
public final class Interpreter: CallContext {
  /// Where printed text and figures go.
  public var output: OutputSink
  /// Storage for the top-level variables of every cell, indexed by slot.
  private(set) var globals: UnsafeMutablePointer<Value>
  private var globalCapacity: Int
  /// Storage for the frames of running functions.
  private let stack: UnsafeMutablePointer<Value>
  /// The first slot of the running function's frame.
  var frame: UnsafeMutablePointer<Value>
  private var stackTop = 0
  /// The variables the running closure captured.
  var captures: [Box] = []
  /// The value a `return` statement hands to its caller.
  var returnValue: Value = .void
  private var callDepth = 0
  /// Set from another thread to stop the running cell at its next loop iteration or call.
  let interruptRequested = Atomic<Bool>(false)

  /// Host values cells write as `.name` without a type the resolver knows (see Session).
  var implicitMembers: [String: Value] = [:]

  /// Members the host adds to every cell type that declares conformance to a name, as a
  /// Swift protocol extension adds them: `class Net: Module` gains `parameters()`. The
  /// methods and properties receive the instance itself.
  var protocolExtensions: [String: HostType] = [:]

  /// The host's extension for a cell type, through the type's or a superclass's conformances.
  func protocolExtension(for type: UserType) -> HostType? {
    guard !protocolExtensions.isEmpty else { return nil }
    var current: UserType? = type
    while let candidate = current {
      for name in candidate.conformances.sorted() {
        if let host = protocolExtensions[name] { return host }
      }
      current = candidate.superclass
    }
    return nil
  }

  /// How many values the frame stack holds; deeper recursion is an error, not a crash.
  static let stackCapacity = 1 << 18
  /// How deep calls may nest; the interpreter's own native stack bounds this.
  static let maximumCallDepth = 10_000

  /// Creates an interpreter writing to `output`.
  public init(output: OutputSink) {
    self.output = output
    globalCapacity = 64
    globals = .allocate(capacity: globalCapacity)
    globals.initialize(repeating: .void, count: globalCapacity)
    stack = .allocate(capacity: Self.stackCapacity)
    stack.initialize(repeating: .void, count: Self.stackCapacity)
    frame = stack
  }

  deinit {
    globals.deinitialize(count: globalCapacity)
    globals.deallocate()
    stack.deinitialize(count: Self.stackCapacity)
    stack.deallocate()
  }

  /// Asks the running cell to stop; it ends with an "interrupted" error at its next loop
  /// iteration or function call. Safe to call from any thread.
  public func interrupt() {
    interruptRequested.store(true, ordering: .relaxed)
  }

  /// Throws if an interrupt was requested, clearing the request.
  @inline(__always)
  func checkInterrupt(_ span: SourceSpan) throws {
    if interruptRequested.load(ordering: .relaxed) {
      interruptRequested.store(false, ordering: .relaxed)
      throw Diagnostic(.runtime, "interrupted", at: span)
    }
  }

  /// Makes room for `count` global slots; called before running code the resolver numbered.
  func reserve(_ count: Int) {
    guard count > globalCapacity else { return }
    let grown = max(count, globalCapacity * 2)
    let fresh = UnsafeMutablePointer<Value>.allocate(capacity: grown)
    fresh.moveInitialize(from: globals, count: globalCapacity)
    (fresh + globalCapacity).initialize(repeating: .void, count: grown - globalCapacity)
    globals.deallocate()
    globals = fresh
    globalCapacity = grown
  }

  /// Runs a cell's statements; returns the value of the last one when it is an expression
  /// with a value, which a notebook shows under the cell as Jupyter does.
  func run(_ statements: [StmtNode]) throws -> Value? {
    var last: Value?
    for statement in statements {
      if let expression = statement as? ExpressionStatement {
        last = try expression.expression.eval(self)
      } else {
        last = nil
        if case .returned = try statement.exec(self) { break }
      }
    }
    if case .void? = last { return nil }
    return last
  }

  // MARK: - Calls

  /// Calls a function value with arguments already matched to its parameters.
  func call(_ callee: Value, _ arguments: [Value], span: SourceSpan) throws -> Value {
    switch callee {
    case .closure(let closure):
      return try invoke(closure.function, captures: closure.captures, self: nil, arguments, span: span)
    case .function(let function):
      do {
        return try function.body(self, arguments)
      } catch let error as Diagnostic {
        throw error
      } catch let error as ThrownError {
        throw error
      } catch {
        throw Diagnostic(.runtime, String(describing: error), at: span)
      }
    default:
      throw Diagnostic(.runtime, "cannot call value of non-function type '\(callee.typeName)'", at: span)
    }
  }

  /// Runs a compiled function in a new frame. `receiver` becomes `self` in a method; after a
  /// mutating method the caller reads the updated `self` from `lastSelf`.
  func invoke(
    _ function: CompiledFunction, captures: [Box], self receiver: Value?, _ arguments: [Value], span: SourceSpan
  ) throws -> Value {
    try checkInterrupt(span)
    guard callDepth < Self.maximumCallDepth, stackTop + function.localCount <= Self.stackCapacity else {
      throw Diagnostic(.runtime, "stack overflow: calls nested more than \(Self.maximumCallDepth) deep (runaway recursion?)", at: span)
    }
    let savedFrame = frame
    let savedCaptures = self.captures
    let base = stackTop
    frame = stack + base
    stackTop += function.localCount
    callDepth += 1
    self.captures = captures
    defer {
      if let slot = function.selfSlot {
        if case .box(let box) = frame[slot] { lastSelf = box.value } else { lastSelf = frame[slot] }
      }
      if function.hasInoutParameters {
        lastInoutValues = function.parameters.filter(\.isInout).map { parameter in
          if case .box(let box) = frame[parameter.slot] { return box.value }
          return frame[parameter.slot]
        }
      }
      // Release the frame's values now rather than when the slots are next reused.
      for index in 0..<function.localCount { frame[index] = .void }
      stackTop = base
      frame = savedFrame
      self.captures = savedCaptures
      callDepth -= 1
    }
    if let slot = function.selfSlot, let receiver { frame[slot] = function.selfIsBoxed ? .box(Box(receiver)) : receiver }
    for (parameter, argument) in zip(function.parameters, arguments) {
      frame[parameter.slot] = parameter.isBoxed ? .box(Box(argument)) : argument
    }
    if case .returned = try execute(function.body, self) {
      let value = returnValue
      returnValue = .void
      return value
    }
    if function.initializedType == nil, !function.returnType.isVoid, !function.returnType.isUnchecked {
      throw Diagnostic(.runtime, "missing return in '\(function.name)', which is declared to return '\(function.returnType)'", at: function.span)
    }
    return .void
  }

  /// `self` as the last method call left it, for writing a mutated struct back to its variable.
  var lastSelf: Value = .void
  /// The final values of the last call's `inout` parameters, in parameter order.
  var lastInoutValues: [Value] = []
}

/// How a statement finished.
enum Flow {
  case normal
  /// `break` out of the loop or switch with this identifier.
  case breakLoop(Int)
  /// `continue` with the loop of this identifier.
  case continueLoop(Int)
  /// `return`; the value is in `Interpreter.returnValue`.
  case returned
}

/// An error thrown by `throw` in a cell, travelling to the nearest `catch`.
struct ThrownError: Error {
  /// The thrown value.
  let value: Value
  /// Where it was thrown.
  let span: SourceSpan
}
