/// A resolved expression, ready to run: names are already slots, operators already enums.
///
/// Nodes are final subclasses with an overridden `eval`, the fastest of the designs measured
/// for this interpreter (class dispatch beats switching over an indirect enum).
class ExprNode {
  /// Where the expression is, for runtime errors.
  let span: SourceSpan

  init(span: SourceSpan) { self.span = span }

  /// Computes the expression's value.
  func eval(_ interpreter: Interpreter) throws -> Value {
    preconditionFailure("\(type(of: self)) must override eval")
  }
}

/// Runs `body`, giving any error without a location (from a built-in or the engine) the
/// location `span`.
@inline(__always)
func located<T>(_ span: SourceSpan, _ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as Diagnostic {
    throw error
  } catch let error as ThrownError {
    throw error
  } catch {
    throw Diagnostic(.runtime, String(describing: error), at: span)
  }
}

final class LiteralNode: ExprNode {
  let value: Value
  /// Whether this is an integer literal, which adapts to Double beside a Double as in Swift.
  let isIntegerLiteral: Bool

  init(_ value: Value, integerLiteral: Bool = false, span: SourceSpan) {
    self.value = value
    self.isIntegerLiteral = integerLiteral
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value { value }
}

final class InterpolationNode: ExprNode {
  enum Part {
    case text(String)
    case expr(ExprNode)
  }

  let parts: [Part]

  init(parts: [Part], span: SourceSpan) {
    self.parts = parts
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    var result = ""
    for part in parts {
      switch part {
      case .text(let text): result += text
      case .expr(let expr): result += try interpreter.describe(try expr.eval(interpreter), span: expr.span)
      }
    }
    return .string(result)
  }
}

final class ArrayNode: ExprNode {
  let elements: [ExprNode]
  /// Whether integer literals become Doubles beside Doubles; not in an `[Any]`.
  let promotesIntegerLiterals: Bool

  init(elements: [ExprNode], promotesIntegerLiterals: Bool = true, span: SourceSpan) {
    self.elements = elements
    self.promotesIntegerLiterals = promotesIntegerLiterals
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    var values: [Value] = []
    values.reserveCapacity(elements.count)
    for element in elements { values.append(try element.eval(interpreter)) }
    // Swift infers [Double] for `[1, 2.5]`: integer literals follow the doubles beside them.
    if promotesIntegerLiterals, values.contains(where: { if case .double = $0 { return true } else { return false } }) {
      for (index, node) in elements.enumerated() {
        if let literal = node as? LiteralNode, literal.isIntegerLiteral, case .int(let n) = values[index] {
          values[index] = .double(Double(n))
        }
      }
    }
    return .array(values)
  }
}

final class DictionaryNode: ExprNode {
  let keys: [ExprNode]
  let values: [ExprNode]

  init(keys: [ExprNode], values: [ExprNode], span: SourceSpan) {
    self.keys = keys
    self.values = values
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    var dictionary = DictionaryValue()
    for (keyNode, valueNode) in zip(keys, values) {
      let key = try keyNode.eval(interpreter)
      if dictionary[key] != nil {
        throw Diagnostic(.runtime, "dictionary literal contains the key \(key.debugDescription) twice", at: keyNode.span)
      }
      try located(keyNode.span) { try dictionary.set(try valueNode.eval(interpreter), for: key) }
    }
    return .dictionary(dictionary)
  }
}

final class TupleNode: ExprNode {
  let elements: [ExprNode]
  let labels: [String?]?

  init(elements: [ExprNode], labels: [String?]?, span: SourceSpan) {
    self.elements = elements
    self.labels = labels
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    var values: [Value] = []
    values.reserveCapacity(elements.count)
    for element in elements { values.append(try element.eval(interpreter)) }
    return .tuple(TupleValue(elements: values, labels: labels))
  }
}

/// `.north`: a member of the type the context expects, such as an enum case.
final class ImplicitMemberNode: ExprNode {
  let name: String
  /// Arguments when written as `.circle(radius: 2)`.
  let arguments: [ArgumentNode]?
  /// The type the resolver saw the context expect, when it could tell.
  let contextType: UserType?

  init(name: String, arguments: [ArgumentNode]?, contextType: UserType?, span: SourceSpan) {
    self.name = name
    self.arguments = arguments
    self.contextType = contextType
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    try eval(in: nil, interpreter)
  }

  /// The member of `type`, which the context supplies at run time.
  func eval(in type: UserType?, _ interpreter: Interpreter) throws -> Value {
    guard let type = type ?? contextType else {
      if arguments == nil, let member = interpreter.implicitMembers[name] { return member }
      throw Diagnostic(.runtime, "cannot infer contextual base in reference to member '\(name)'", at: span)
    }
    let member = try interpreter.staticMember(name, of: type, span: span)
    guard let arguments else { return member }
    return try interpreter.call(member, arguments, span: span)
  }
}

/// `cond ? a : b`.
final class TernaryNode: ExprNode {
  let condition: ExprNode
  let thenNode: ExprNode
  let elseNode: ExprNode

  init(condition: ExprNode, then thenNode: ExprNode, else elseNode: ExprNode, span: SourceSpan) {
    self.condition = condition
    self.thenNode = thenNode
    self.elseNode = elseNode
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    let flag = try FolioScript.condition(condition, interpreter)
    let chosen = flag ? thenNode : elseNode
    let value = try chosen.eval(interpreter)
    // `flag ? 1 : 2.5` is a Double in Swift: an integer literal branch follows a Double one.
    if case .int(let n) = value, (chosen as? LiteralNode)?.isIntegerLiteral == true,
      let other = (flag ? elseNode : thenNode) as? LiteralNode, case .double = other.value
    {
      return .double(Double(n))
    }
    return value
  }
}

/// Evaluates a Bool condition; Swift has no truthiness, so anything else is an error.
@inline(__always)
func condition(_ node: ExprNode, _ interpreter: Interpreter) throws -> Bool {
  let value = try node.eval(interpreter)
  guard case .bool(let flag) = value else {
    throw Diagnostic(.runtime, "type '\(value.typeName)' cannot be used as a boolean; test for '!= 0' instead", at: node.span)
  }
  return flag
}
