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
    case array([Expr])
    /// A parenthesised expression: `(x)`.
    case paren(Expr)
    case prefix(op: String, opSpan: SourceSpan, operand: Expr)
    case binary(op: String, opSpan: SourceSpan, lhs: Expr, rhs: Expr)
    /// `target = value` and compound forms; `op` is nil for plain `=`.
    case assign(op: String?, opSpan: SourceSpan, target: Expr, value: Expr)
    case call(callee: Expr, arguments: [CallArgument])
    case member(base: Expr, name: String)
    case `subscript`(base: Expr, arguments: [CallArgument])
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
}

/// A part of an interpolated string literal.
public enum InterpolationPart {
  case text(String)
  case expr(Expr)
}
