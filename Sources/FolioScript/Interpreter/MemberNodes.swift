/// `base.name`: a property of a value or engine object, or a static member of a type.
final class MemberNode: ExprNode {
  let base: ExprNode
  let name: String
  let nameSpan: SourceSpan

  init(base: ExprNode, name: String, nameSpan: SourceSpan, span: SourceSpan) {
    self.base = base
    self.name = name
    self.nameSpan = nameSpan
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    try interpreter.member(name, of: try base.eval(interpreter), span: nameSpan)
  }
}

/// `base[index]`: an element, a slice, or a dictionary entry (an optional).
final class SubscriptNode: ExprNode {
  let base: ExprNode
  let indices: [ExprNode]
  /// The indices' argument labels, which only a cell type's own subscript accepts.
  let labels: [String?]
  /// `dictionary[key, default: value]`.
  let defaultValue: ExprNode?

  init(base: ExprNode, indices: [ExprNode], labels: [String?], defaultValue: ExprNode?, span: SourceSpan) {
    self.base = base
    self.indices = indices
    self.labels = labels
    self.defaultValue = defaultValue
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    let container = try base.eval(interpreter)
    if let method = interpreter.ownSubscript(of: container, labels: labels) {
      // A cell type's own subscript, called as a method.
      let arguments = zip(labels, indices).map { ArgumentNode(label: $0, node: $1, inoutTarget: nil) }
      return try interpreter.invoke(method, captures: [], self: container, arguments: arguments, span: span)
    }
    if let label = labels.compactMap({ $0 }).first {
      throw Diagnostic(.runtime, "value of type '\(container.typeName)' takes unlabelled indices, not '\(label):'", at: span)
    }
    if case .object(let object) = container, let subscriptGet = object.type.subscriptGet {
      let positions = try indices.map { try $0.eval(interpreter) }
      return try located(span) { try subscriptGet(object.object, positions) }
    }
    guard indices.count == 1 else {
      throw Diagnostic(.runtime, "value of type '\(container.typeName)' takes one index, not \(indices.count)", at: span)
    }
    let position = try indices[0].eval(interpreter)
    if let defaultValue, case .dictionary(let dictionary) = container {
      return try dictionary[position] ?? defaultValue.eval(interpreter)
    }
    return try located(span) { try BuiltinMethods.element(of: container, at: position) }
  }
}
