/// The state of a running session: the storage of its variables and where its output goes.
///
/// Variables live in slots numbered by the resolver, so a running node reads a variable with
/// one pointer access instead of a lookup by name.
public final class Interpreter: CallContext {
  /// Where printed text and figures go.
  public var output: OutputSink
  /// Storage for every variable of the session, indexed by slot.
  private(set) var slots: UnsafeMutablePointer<Value>
  private var capacity: Int

  /// Creates an interpreter writing to `output`.
  public init(output: OutputSink) {
    self.output = output
    self.capacity = 64
    self.slots = .allocate(capacity: capacity)
    slots.initialize(repeating: .void, count: capacity)
  }

  deinit {
    slots.deinitialize(count: capacity)
    slots.deallocate()
  }

  /// Makes room for `count` slots; called before running code the resolver has numbered.
  func reserve(_ count: Int) {
    guard count > capacity else { return }
    let grown = max(count, capacity * 2)
    let fresh = UnsafeMutablePointer<Value>.allocate(capacity: grown)
    fresh.moveInitialize(from: slots, count: capacity)
    (fresh + capacity).initialize(repeating: .void, count: grown - capacity)
    slots.deallocate()
    slots = fresh
    capacity = grown
  }

  /// Runs statements; returns the value of the last one when it is an expression with a value,
  /// which a notebook shows under the cell as Jupyter does.
  func run(_ statements: [StmtNode]) throws -> Value? {
    var last: Value?
    for statement in statements {
      if let expression = statement as? ExpressionStatement {
        last = try expression.expression.eval(self)
      } else {
        last = nil
        _ = try statement.exec(self)
      }
    }
    if case .void? = last { return nil }
    return last
  }
}

/// How a statement finished: normally, or by `break` or `continue`.
enum Flow {
  case normal, breakLoop, continueLoop
}
