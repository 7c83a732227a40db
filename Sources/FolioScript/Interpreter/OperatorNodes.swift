/// A binary operator. Int operands take a fast path inline; everything else goes through
/// `BinaryOperator.apply`, which knows Swift's rules for every type.
final class BinaryNode: ExprNode {
  let op: BinaryOperator
  let lhs: ExprNode
  let rhs: ExprNode
  let opSpan: SourceSpan
  /// An integer literal operand becomes a Double when the other operand is a Double.
  let lhsAdapts: Bool
  let rhsAdapts: Bool
  /// `direction == .north`: the left operand's type gives `.north` its meaning.
  let rhsImplicit: ImplicitMemberNode?

  init(op: BinaryOperator, lhs: ExprNode, rhs: ExprNode, opSpan: SourceSpan, span: SourceSpan) {
    self.op = op
    self.lhs = lhs
    self.rhs = rhs
    self.opSpan = opSpan
    self.lhsAdapts = (lhs as? LiteralNode)?.isIntegerLiteral ?? false
    self.rhsAdapts = (rhs as? LiteralNode)?.isIntegerLiteral ?? false
    self.rhsImplicit = rhs as? ImplicitMemberNode
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    var left = try lhs.eval(interpreter)
    var right = try rhsImplicit?.eval(in: left.userType, interpreter) ?? rhs.eval(interpreter)
    if case .int(let a) = left, case .int(let b) = right {
      switch op {
      case .add:
        let (sum, overflow) = a.addingReportingOverflow(b)
        if !overflow { return .int(sum) }
      case .subtract:
        let (difference, overflow) = a.subtractingReportingOverflow(b)
        if !overflow { return .int(difference) }
      case .multiply:
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        if !overflow { return .int(product) }
      case .less: return .bool(a < b)
      case .lessEqual: return .bool(a <= b)
      case .greater: return .bool(a > b)
      case .greaterEqual: return .bool(a >= b)
      case .equal: return .bool(a == b)
      case .notEqual: return .bool(a != b)
      default: break
      }
    }
    if lhsAdapts, case .int(let n) = left, case .double = right { left = .double(Double(n)) }
    if rhsAdapts, case .int(let n) = right, case .double = left { right = .double(Double(n)) }
    return try interpreter.apply(op, left, right, span: opSpan)
  }
}

extension Interpreter {
  /// Applies a binary operator, using an implementation a cell's type declares (`static
  /// func <`), and deriving `>`, `<=` and `>=` from a declared `<` as Swift's Comparable does.
  func apply(_ op: BinaryOperator, _ left: Value, _ right: Value, span: SourceSpan) throws -> Value {
    if let type = left.userType ?? right.userType, !type.staticMethods.isEmpty {
      if let implementation = type.staticMethods[op.rawValue] {
        return try invoke(implementation, captures: [], self: nil, [left, right], span: span)
      }
      if let less = type.staticMethods["<"] {
        switch op {
        case .greater: return try invoke(less, captures: [], self: nil, [right, left], span: span)
        case .lessEqual, .greaterEqual:
          let (a, b) = op == .lessEqual ? (right, left) : (left, right)
          guard case .bool(let isLess) = try invoke(less, captures: [], self: nil, [a, b], span: span) else { break }
          return .bool(!isLess)
        default: break
        }
      }
    }
    return try located(span) { try op.apply(left, right) }
  }
}

/// `&&` and `||`, which evaluate their right operand only when needed.
final class LogicalNode: ExprNode {
  let isAnd: Bool
  let lhs: ExprNode
  let rhs: ExprNode

  init(isAnd: Bool, lhs: ExprNode, rhs: ExprNode, span: SourceSpan) {
    self.isAnd = isAnd
    self.lhs = lhs
    self.rhs = rhs
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    let left = try condition(lhs, interpreter)
    if left != isAnd { return .bool(left) }
    return .bool(try condition(rhs, interpreter))
  }
}

final class PrefixNode: ExprNode {
  let op: PrefixOperator
  let operand: ExprNode

  init(op: PrefixOperator, operand: ExprNode, span: SourceSpan) {
    self.op = op
    self.operand = operand
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    let value = try operand.eval(interpreter)
    return try located(span) { try op.apply(value) }
  }
}

/// `a ?? b`: the wrapped value of `a`, or `b` (evaluated only then) when `a` is nil.
final class NilCoalescingNode: ExprNode {
  let lhs: ExprNode
  let rhs: ExprNode

  init(lhs: ExprNode, rhs: ExprNode, span: SourceSpan) {
    self.lhs = lhs
    self.rhs = rhs
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    switch try lhs.eval(interpreter) {
    case .some(let wrapped):
      return wrapped
    case .none:
      return try rhs.eval(interpreter)
    case let other:
      return other
    }
  }
}

/// `x!`: the wrapped value, or the error Swift traps with.
final class ForceUnwrapNode: ExprNode {
  let operand: ExprNode

  init(operand: ExprNode, span: SourceSpan) {
    self.operand = operand
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    switch try operand.eval(interpreter) {
    case .some(let wrapped): return wrapped
    case .none: throw Diagnostic(.runtime, "unexpectedly found nil while unwrapping an Optional value", at: span)
    case let other:
      throw Diagnostic(.runtime, "cannot force unwrap value of non-optional type '\(other.typeName)'", at: span)
    }
  }
}

/// Thrown by `a?` when `a` is nil, to end the optional chain it belongs to.
struct OptionalChainEnded: Error {}

/// `a?` inside a chain such as `a?.b.c`.
final class BindOptionalNode: ExprNode {
  let operand: ExprNode

  init(operand: ExprNode, span: SourceSpan) {
    self.operand = operand
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    switch try operand.eval(interpreter) {
    case .some(let wrapped): return wrapped
    case .none: throw OptionalChainEnded()
    case let other:
      throw Diagnostic(.runtime, "cannot use optional chaining on non-optional value of type '\(other.typeName)'", at: span)
    }
  }
}

/// A whole optional chain: nil if a link was nil, otherwise the result as an optional.
final class OptionalEvaluationNode: ExprNode {
  let chain: ExprNode

  init(chain: ExprNode, span: SourceSpan) {
    self.chain = chain
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    do {
      let value = try chain.eval(interpreter)
      if case .void = value { return .some(.void) }
      return value.isOptional ? value : .some(value)
    } catch is OptionalChainEnded {
      return .none
    }
  }
}

/// `x as T`, `x as? T`, `x as! T`, `x is T`.
final class CastNode: ExprNode {
  let operand: ExprNode
  let kind: CastKind
  let type: StaticType

  init(operand: ExprNode, kind: CastKind, type: StaticType, span: SourceSpan) {
    self.operand = operand
    self.kind = kind
    self.type = type
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    var value = try operand.eval(interpreter)
    // A value stored as `Any?` is looked through, as Swift's casts do.
    if case .some(let wrapped) = value, !isOptional(type), !type.isUnchecked { value = wrapped }
    let fits = type.accepts(value) || (type.isDouble && (operand as? LiteralNode)?.isIntegerLiteral == true)
    switch kind {
    case .is: return .bool(fits)
    case .conditional: return fits ? .some(try type.adapt(value, at: operand, .element)) : .none
    case .as, .forced:
      guard fits else {
        throw Diagnostic(.runtime, "could not cast value of type '\(value.typeName)' to '\(type)'", at: span)
      }
      return try type.adapt(value, at: operand, .element)
    }
  }

  private func isOptional(_ type: StaticType) -> Bool {
    if case .optional = type { return true }
    return false
  }
}

/// `try`, `try?` and `try!`.
final class TryNode: ExprNode {
  let operand: ExprNode
  let kind: TryKind

  init(operand: ExprNode, kind: TryKind, span: SourceSpan) {
    self.operand = operand
    self.kind = kind
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    do {
      let value = try operand.eval(interpreter)
      guard kind == .optional else { return value }
      return value.isOptional ? value : .some(value)
    } catch let error as ThrownError {
      switch kind {
      case .plain: throw error
      case .optional: return .none
      case .forced:
        // Swift shows the error in its debug form, qualified with the module: main.E.bad.
        throw Diagnostic(.runtime, "'try!' expression unexpectedly raised an error: \(error.value.debugDescription)", at: span)
      }
    }
  }
}

/// `\.name.count`: a function reading a chain of members.
final class KeyPathNode: ExprNode {
  let components: [String]

  init(components: [String], span: SourceSpan) {
    self.components = components
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    let components = self.components
    let span = self.span
    let path = "\\." + components.joined(separator: ".")
    return .function(Function(path, Signature([.init(nil)])) { context, arguments in
      guard let interpreter = context as? Interpreter else { return .void }
      var value = arguments[0]
      for component in components { value = try interpreter.member(component, of: value, span: span) }
      return value
    })
  }
}

/// A closure expression or nested function: captures its variables' boxes when evaluated.
final class ClosureNode: ExprNode {
  let function: CompiledFunction

  init(function: CompiledFunction, span: SourceSpan) {
    self.function = function
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    let captures = function.captureSources.map { source -> Box in
      switch source {
      case .local(let slot): return Storage.local(slot).box(interpreter)
      case .global(let slot): return Storage.global(slot).box(interpreter)
      case .capture(let index): return interpreter.captures[index]
      }
    }
    return .closure(Closure(function: function, captures: captures))
  }
}

extension Value {
  /// The struct, class or enum declared in a cell that this value is an instance of.
  var userType: UserType? {
    switch self {
    case .instance(let instance): return instance.type
    case .enumCase(let value): return value.type
    case .some(let wrapped): return wrapped.userType
    default: return nil
    }
  }
}

/// `..<5`, `...5`, `5...`: a range with one bound missing (stored as nil).
final class OneSidedRangeNode: ExprNode {
  let lower: ExprNode?
  let upper: ExprNode?
  let isClosed: Bool

  init(lower: ExprNode?, upper: ExprNode?, isClosed: Bool, span: SourceSpan) {
    self.lower = lower
    self.upper = upper
    self.isClosed = isClosed
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    .range(RangeValue(lower: try lower?.eval(interpreter) ?? Value.none, upper: try upper?.eval(interpreter) ?? Value.none, isClosed: isClosed))
  }
}
