/// A statement or declaration as written, before names are resolved.
public struct Stmt {
  /// The shape of the statement.
  public indirect enum Kind {
    case expression(Expr)
    /// `let`/`var` with a name or tuple pattern, an optional annotation and initial value.
    case variable(isConstant: Bool, pattern: BindingPattern, type: TypeExpr?, value: Expr?)
    case function(FunctionDecl)
    case type(TypeDecl)
    case `if`(conditions: [Condition], then: [Stmt], else: [Stmt]?)
    /// `guard conditions else { … }`: the else block must leave the scope.
    case `guard`(conditions: [Condition], else: [Stmt])
    case `while`(label: String?, conditions: [Condition], body: [Stmt])
    case repeatWhile(label: String?, body: [Stmt], condition: Expr)
    case forIn(label: String?, pattern: BindingPattern, sequence: Expr, where: Expr?, body: [Stmt])
    case `switch`(subject: Expr, cases: [SwitchCase])
    case `return`(Expr?)
    case `break`(label: String?)
    case `continue`(label: String?)
    case `throw`(Expr)
    case `do`(body: [Stmt], catches: [CatchClause])
    /// `import Foundation` and the like: accepted so that real Swift pastes in unchanged.
    case `import`(String)
  }

  /// The shape of the statement.
  public var kind: Kind
  /// The source it was parsed from.
  public var span: SourceSpan
}

/// The names a `let`, `var` or `for` binds: one name, `_`, or a tuple of patterns.
public indirect enum BindingPattern {
  case name(String, SourceSpan)
  case wildcard
  case tuple([BindingPattern])
}

/// One condition of an `if`, `guard` or `while`.
public enum Condition {
  /// A Bool expression.
  case expression(Expr)
  /// `let x = optional` (or `let x` shorthand, with `value` nil): true when the value is not nil.
  case optionalBinding(isConstant: Bool, name: String, nameSpan: SourceSpan, value: Expr?)
  /// `case pattern = value`.
  case patternMatch(Pattern, Expr)
}

/// A `case` of a `switch`: patterns, an optional `where` guard, and the body.
public struct SwitchCase {
  /// The patterns; empty for `default`.
  public var patterns: [Pattern]
  /// The `where` clause, if written.
  public var guardExpr: Expr?
  /// The statements to run.
  public var body: [Stmt]
  /// Where the case label is.
  public var span: SourceSpan
}

/// A pattern in a `case`.
public indirect enum Pattern {
  /// `_`
  case wildcard
  /// An expression compared with `==`, or a range that must contain the value.
  case expression(Expr)
  /// `let x` or `var x`, or a name inside a `let (…)` pattern.
  case binding(name: String, span: SourceSpan)
  case tuple([Pattern])
  /// `.circle(let r)`, `Shape.square(_)`, `.north`.
  case enumCase(type: String?, name: String, arguments: [Pattern]?, span: SourceSpan)
  /// `let n as Int`: matches values of a type, then the inner pattern.
  case cast(Pattern, TypeExpr, SourceSpan)
  /// `is Int`.
  case isType(TypeExpr, SourceSpan)
}

/// `catch`, `catch let e as MyError`, `catch MyError.tooSmall`.
public struct CatchClause {
  /// The pattern to match, or nil to catch everything (binding `error`).
  public var pattern: Pattern?
  /// `catch let e as T`: the type to cast to.
  public var castType: TypeExpr?
  /// `catch … where condition`.
  public var guardExpr: Expr?
  /// The statements to run.
  public var body: [Stmt]
  /// Where the clause is.
  public var span: SourceSpan
}

/// A type as written in an annotation: `Int`, `[Double]`, `[String: Int]`, `Tensor?`,
/// `(Int, String)`, `(Int) -> Int`.
public indirect enum TypeExpr: CustomStringConvertible {
  case named(String)
  case array(TypeExpr)
  case dictionary(TypeExpr, TypeExpr)
  case optional(TypeExpr)
  /// A tuple type; labels are kept, `(quotient: Int, remainder: Int)`.
  case tuple([TypeExpr], labels: [String?])
  case function([TypeExpr], TypeExpr)

  /// The type as Swift spells it.
  public var description: String {
    switch self {
    case .named(let name): return name
    case .array(let element): return "[\(element)]"
    case .dictionary(let key, let value): return "[\(key): \(value)]"
    case .optional(let wrapped): return "\(wrapped)?"
    case .tuple(let elements, let labels):
      return "(" + zip(elements, labels).map { ($1.map { "\($0): " } ?? "") + $0.description }.joined(separator: ", ") + ")"
    case .function(let parameters, let result):
      return "(" + parameters.map(\.description).joined(separator: ", ") + ") -> \(result)"
    }
  }
}
