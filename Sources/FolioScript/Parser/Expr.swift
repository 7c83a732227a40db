/// An expression as written, before names are resolved.
public struct Expr {
  /// The shape of the expression.
  public indirect enum Kind {
    case integer(Int)
    case float(Double)
    case string([InterpolationPart])
    case bool(Bool)
    case `nil`
    case identifier(String)
    /// `$0`, `$1`: an anonymous closure parameter.
    case dollar(Int)
    case array([Expr])
    /// `["a": 1]`; `[:]` has no entries.
    case dictionary([(key: Expr, value: Expr)])
    /// `(a, b)` or `(x: 1, y: 2)`: two or more elements, or one labelled element.
    case tuple([TupleElement])
    /// A parenthesised expression: `(x)`.
    case paren(Expr)
    case prefix(op: String, opSpan: SourceSpan, operand: Expr)
    case binary(op: String, opSpan: SourceSpan, lhs: Expr, rhs: Expr)
    /// `target = value` and compound forms; `op` is nil for plain `=`.
    case assign(op: String?, opSpan: SourceSpan, target: Expr, value: Expr)
    case ternary(condition: Expr, then: Expr, else: Expr)
    /// A call; a trailing closure is the last argument, with no label.
    case call(callee: Expr, arguments: [CallArgument])
    case member(base: Expr, name: String, nameSpan: SourceSpan)
    /// `.north`: a member of the type the context expects.
    case implicitMember(name: String)
    case `subscript`(base: Expr, arguments: [CallArgument])
    /// `base?` inside an optional chain: stops the chain when `base` is nil.
    case bindOptional(Expr)
    /// The whole of a chain containing `?`: its value is nil if any link was nil.
    case optionalEvaluation(Expr)
    case forceUnwrap(Expr)
    case closure(ClosureExpr)
    /// `x as T`, `x as? T`, `x as! T`, `x is T`.
    case cast(Expr, CastKind, TypeExpr)
    /// `\.name.count`: a key path, usable where a function of one argument is expected.
    case keyPath([String])
    case `try`(Expr, TryKind)
    /// `..<5`, `...5` or `5...`: a range open at one end.
    case oneSidedRange(lower: Expr?, upper: Expr?, isClosed: Bool)
    /// `_` on the left of `=`: the value is evaluated and dropped.
    case discard
    /// `&x`: a variable passed to an `inout` parameter.
    case inoutArgument(Expr)
    /// Stands in for an initializer that failed to parse, so that its variable is still
    /// declared and later uses of it do not report a second, misleading error.
    case invalid
  }

  /// The shape of the expression.
  public var kind: Kind
  /// The source it was parsed from.
  public var span: SourceSpan
}

/// A call or subscript argument, with its label if it has one: `title: "Loss"`.
public struct CallArgument {
  /// The label, or nil for an unlabelled argument.
  public var label: String?
  /// The argument's value.
  public var value: Expr
  /// The span of the whole argument, label included.
  public var span: SourceSpan
  /// Whether this is a trailing closure, which fills the next parameter whatever its label.
  public var isTrailing = false
}

/// An element of a tuple expression.
public struct TupleElement {
  /// The element's label, if written.
  public var label: String?
  /// The element's value.
  public var value: Expr
}

/// A part of an interpolated string literal.
public enum InterpolationPart {
  case text(String)
  case expr(Expr)
}

/// A closure expression: `{ (a: Int, b) -> Int in a + b }` or `{ $0 * 2 }`.
public struct ClosureExpr {
  /// The parameters written before `in`, or nil when the closure uses `$0`, `$1`, … or none.
  public var parameters: [ClosureParameter]?
  /// The declared result type, if written.
  public var returnType: TypeExpr?
  /// The statements of the body.
  public var body: [Stmt]
}

/// A closure parameter: a name (or `_`) and an optional type.
public struct ClosureParameter {
  /// The parameter's name, or nil for `_`.
  public var name: String?
  /// The declared type, if written.
  public var type: TypeExpr?
  /// Where the name is.
  public var span: SourceSpan
}

/// The forms of a type cast.
public enum CastKind: String {
  case `as` = "as", conditional = "as?", forced = "as!", `is` = "is"
}

/// The forms of `try`.
public enum TryKind: String {
  case plain = "try", optional = "try?", forced = "try!"
}
