/// A statement or declaration as written, before names are resolved.
public struct Stmt {
  /// The shape of the statement.
  public indirect enum Kind {
    case expression(Expr)
    /// `let`/`var` name, optional type annotation, optional initial value.
    case variable(isConstant: Bool, name: String, nameSpan: SourceSpan, type: TypeExpr?, value: Expr?)
    case `if`(condition: Expr, then: [Stmt], else: [Stmt]?)
    case `while`(condition: Expr, body: [Stmt])
    case forIn(name: String?, nameSpan: SourceSpan, sequence: Expr, body: [Stmt])
    case `break`
    case `continue`
    /// `import Foundation` and the like: accepted so that real Swift pastes in unchanged.
    case `import`(String)
  }

  /// The shape of the statement.
  public var kind: Kind
  /// The source it was parsed from.
  public var span: SourceSpan
}

/// A type as written in an annotation: `Int`, `[Double]`, `[String: Int]`, `Tensor?`.
public indirect enum TypeExpr: CustomStringConvertible {
  case named(String)
  case array(TypeExpr)
  case dictionary(TypeExpr, TypeExpr)
  case optional(TypeExpr)

  /// The type as Swift spells it.
  public var description: String {
    switch self {
    case .named(let name): return name
    case .array(let element): return "[\(element)]"
    case .dictionary(let key, let value): return "[\(key): \(value)]"
    case .optional(let wrapped): return "\(wrapped)?"
    }
  }
}
