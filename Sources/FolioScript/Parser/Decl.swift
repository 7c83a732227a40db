/// A function, method or initializer declaration.
public struct FunctionDecl {
  /// The name; `init` for initializers.
  public var name: String
  /// Where the name is.
  public var nameSpan: SourceSpan
  /// The parameters, in order.
  public var parameters: [ParameterDecl]
  /// The declared result type; nil means `Void` (or the type itself, for an initializer).
  public var returnType: TypeExpr?
  /// Whether the function is marked `throws`.
  public var isThrowing: Bool
  /// `mutating`, `static`, `override`, … as written.
  public var modifiers: Set<String>
  /// `init?`: a failable initializer.
  public var isFailable: Bool
  /// The statements of the body.
  public var body: [Stmt]
}

/// A function parameter: `label name: Type = default`.
public struct ParameterDecl {
  /// The argument label callers write, or nil for `_`.
  public var label: String?
  /// The name inside the body.
  public var name: String
  /// The declared type.
  public var type: TypeExpr
  /// Whether the parameter is `inout`.
  public var isInout: Bool
  /// The default value, if any.
  public var defaultValue: Expr?
  /// Where the parameter is.
  public var span: SourceSpan
}

/// A `struct`, `class` or `enum` declaration.
public struct TypeDecl {
  /// Which kind of type.
  public enum Kind { case `struct`, `class`, `enum` }

  public var kind: Kind
  public var name: String
  public var nameSpan: SourceSpan
  /// The superclass, raw type or protocols listed after `:`, in order.
  public var inherited: [String]
  public var members: [MemberDecl]
}

/// A member of a type declaration.
public enum MemberDecl {
  /// A stored property: `var x: Double = 0`, possibly `static`.
  case stored(isConstant: Bool, isStatic: Bool, name: String, nameSpan: SourceSpan, type: TypeExpr?, value: Expr?)
  /// A computed property with a getter and an optional setter (whose parameter is named).
  case computed(isStatic: Bool, name: String, nameSpan: SourceSpan, type: TypeExpr, getter: [Stmt],
                setter: (name: String, body: [Stmt])?)
  /// A method or initializer.
  case function(FunctionDecl)
  /// An enum case: `case circle(radius: Double)` or `case low = 1`.
  case enumCase(name: String, nameSpan: SourceSpan, associated: [(label: String?, type: TypeExpr)]?, rawValue: Expr?)
  /// A nested type.
  case type(TypeDecl)
}
