extension Resolver {
  /// Resolves an expression; `expected` is the type the context wants, which integer
  /// literals, empty collections and `.member` references take their meaning from.
  func expr(_ expression: Expr, expecting expected: StaticType = .unknown) throws -> ExprNode {
    let span = expression.span
    switch expression.kind {
    case .integer(let value):
      if expected.unwrapped.isDouble { return LiteralNode(.double(Double(value)), span: span) }
      return LiteralNode(.int(value), integerLiteral: true, span: span)
    case .float(let value):
      return LiteralNode(.double(value), span: span)
    case .bool(let value):
      return LiteralNode(.bool(value), span: span)
    case .nil:
      return LiteralNode(.none, span: span)
    case .string(let parts):
      if case .text(let text)? = parts.first, parts.count == 1 { return LiteralNode(.string(text), span: span) }
      return InterpolationNode(parts: try parts.map { part in
        switch part {
        case .text(let text): return .text(text)
        case .expr(let inner): return .expr(try expr(inner))
        }
      }, span: span)
    case .identifier(let name):
      return try identifier(name, span: span)
    case .dollar(let number):
      guard let binding = lookup("$\(number)") else {
        throw error("anonymous closure argument '$\(number)' not contained in a closure", at: span)
      }
      return read(binding, span: span)
    case .array(let elements):
      if !expected.unwrapped.isArray && !expected.isUnchecked {
        throw error("cannot convert an array literal to '\(expected)'", at: span)
      }
      if elements.isEmpty && expected.isUnknown {
        throw error("empty collection literal requires an explicit type, e.g. 'var xs: [Double] = []'", at: span)
      }
      var elementType = expected.unwrapped.element
      var nodes: [ExprNode] = []
      for element in elements {
        // An empty literal among siblings, `[[1, 2], []]`, is typed by them.
        let context: StaticType = elementType.isUnknown && element.isEmptyCollectionLiteral ? .any : elementType
        let node = try expr(element, expecting: context)
        // `[Piece.pawn, .king]`: later elements take their type from the first.
        if elementType.isUnknown, !staticType(of: node).isUnchecked { elementType = staticType(of: node) }
        nodes.append(node)
      }
      return ArrayNode(elements: nodes, promotesIntegerLiterals: !expected.unwrapped.element.isAny, span: span)
    case .dictionary(let entries):
      if entries.isEmpty && expected.isUnknown {
        throw error("empty collection literal requires an explicit type, e.g. 'var counts: [String: Int] = [:]'", at: span)
      }
      var (keyType, valueType) = (StaticType.unknown, StaticType.unknown)
      if case .dictionary(let key, let value) = expected.unwrapped { (keyType, valueType) = (key, value) }
      return DictionaryNode(
        keys: try entries.map { try expr($0.key, expecting: keyType) },
        values: try entries.map { try expr($0.value, expecting: valueType) }, span: span)
    case .tuple(let elements):
      var types: [StaticType] = []
      if case .tuple(let expectedTypes, _) = expected.unwrapped, expectedTypes.count == elements.count { types = expectedTypes }
      let nodes = try elements.enumerated().map { index, element in
        try expr(element.value, expecting: types.isEmpty ? .unknown : types[index])
      }
      let labels = elements.contains { $0.label != nil } ? elements.map(\.label) : nil
      return TupleNode(elements: nodes, labels: labels, span: span)
    case .paren(let inner):
      return try expr(inner, expecting: expected)
    case .prefix(let op, let opSpan, let operandExpr):
      guard let prefixOperator = PrefixOperator(rawValue: op) else {
        throw error("'\(op)' is not a prefix unary operator", at: opSpan)
      }
      let operand = try expr(operandExpr, expecting: expected)
      if prefixOperator == .negate, let literal = operand as? LiteralNode {
        // Fold `-1` into a literal so it still adapts to Double like `1` does.
        if case .int(let n) = literal.value, n != Int.min {
          return LiteralNode(.int(-n), integerLiteral: literal.isIntegerLiteral, span: span)
        }
        if case .double(let d) = literal.value { return LiteralNode(.double(-d), span: span) }
      }
      return PrefixNode(op: prefixOperator, operand: operand, span: span)
    case .binary(let op, let opSpan, let lhsExpr, let rhsExpr):
      switch op {
      case "&&", "||":
        return LogicalNode(isAnd: op == "&&", lhs: try expr(lhsExpr), rhs: try expr(rhsExpr), span: span)
      case "??":
        let lhs = try expr(lhsExpr, expecting: expected.isUnchecked ? .unknown : .optional(expected))
        let rhs = try expr(rhsExpr, expecting: expected.isUnchecked ? staticType(of: lhs).unwrapped : expected)
        return NilCoalescingNode(lhs: lhs, rhs: rhs, span: span)
      default:
        guard let binaryOperator = BinaryOperator(rawValue: op) else {
          throw error("operator '\(op)' is not supported", at: opSpan)
        }
        if expected.isDouble && binaryOperator.isArithmetic {
          // `let ratio: Double = 7 / 2` is 3.5: the literals are Doubles.
          let lhs = try expr(lhsExpr, expecting: .double)
          let rhs = try expr(rhsExpr, expecting: .double)
          return BinaryNode(op: binaryOperator, lhs: lhs, rhs: rhs, opSpan: opSpan, span: span)
        }
        // An empty literal compared with a collection, `xs == []`, takes its type from it.
        let lhs = try expr(lhsExpr, expecting: lhsExpr.isEmptyCollectionLiteral ? .any : .unknown)
        let lhsType = staticType(of: lhs)
        let rhsExpected: StaticType = rhsExpr.isEmptyCollectionLiteral ? .any : lhsType.isDouble ? .double
          : lhsType.memberContext.map(StaticType.user) ?? (expected.isDouble && binaryOperator.isArithmetic ? .double : .unknown)
        let rhs = try expr(rhsExpr, expecting: rhsExpected)
        if case .user(let type) = staticType(of: lhs), let implicit = rhs as? ImplicitMemberNode, type.kind == .enumeration,
          type.caseIndex(named: implicit.name) == nil, type.staticValues[implicit.name] == nil, type.staticInitializers[implicit.name] == nil
        {
          throw error("type '\(type.name)' has no member '\(implicit.name)'", at: rhsExpr.span)
        }
        return BinaryNode(op: binaryOperator, lhs: lhs, rhs: rhs, opSpan: opSpan, span: span)
      }
    case .assign(let op, let opSpan, let targetExpr, let valueExpr):
      if case .discard = targetExpr.kind { return DiscardNode(value: try expr(valueExpr), span: span) }
      var binaryOperator: BinaryOperator?
      if let op {
        guard let known = BinaryOperator(rawValue: op) else { throw error("operator '\(op)=' is not supported", at: opSpan) }
        binaryOperator = known
      }
      let target: LValue
      if binaryOperator != nil, case .identifier(let name) = targetExpr.kind, name != "self", let binding = lookup(name),
        binding.isConstant, !deferredVariables.contains(binding.id), binding.type.mayBeHostObject
      {
        // `w -= g` on a `let` tensor is fine (it updates the tensor in place, as a Swift
        // class's non-mutating operator would); only the value's type, known when it runs,
        // tells whether the constant itself would have to change.
        target = ReadOnlyLValue(base: try lvalue(targetExpr, forAssignment: false), name: name, span: targetExpr.span)
      } else {
        target = try lvalue(targetExpr, forAssignment: true)
      }
      let value = try expr(valueExpr, expecting: target.type.isUnchecked ? staticTypeOfVariable(targetExpr) : target.type)
      return AssignNode(target: target, op: binaryOperator, value: value, opSpan: opSpan, span: span)
    case .ternary(let conditionExpr, let thenExpr, let elseExpr):
      return TernaryNode(
        condition: try expr(conditionExpr), then: try expr(thenExpr, expecting: expected),
        else: try expr(elseExpr, expecting: expected), span: span)
    case .call(let callee, let arguments):
      return try call(callee, arguments, span: span, expected: expected.memberContext)
    case .member(let baseExpr, let name, let nameSpan):
      if case .identifier("super") = baseExpr.kind { return try superCall(name, arguments: [], span: span) }
      return MemberNode(base: try expr(baseExpr), name: name, nameSpan: nameSpan, span: span)
    case .implicitMember(let name):
      if let builtin = expected.unwrapped.builtinTypeName {
        guard let member = Builtins.staticMember(name, of: builtin) else {
          throw error("type '\(builtin)' has no member '\(name)'", at: span)
        }
        return LiteralNode(member, span: span)
      }
      if let type = expected.memberContext {
        guard type.caseIndex(named: name) != nil || type.staticValues[name] != nil || type.staticInitializers[name] != nil
          || type.staticMethods[name] != nil || type.staticComputed[name] != nil
        else { throw error("type '\(type.name)' has no member '\(name)'", at: span) }
      }
      return ImplicitMemberNode(name: name, arguments: nil, contextType: expected.memberContext, span: span)
    case .subscript(let baseExpr, let arguments):
      let base = try expr(baseExpr)
      var indices: [ExprNode] = []
      var labels: [String?] = []
      var defaultValue: ExprNode?
      for argument in arguments {
        if argument.label == "default" {
          defaultValue = try expr(argument.value, expecting: argument.value.isEmptyCollectionLiteral ? .any : .unknown)
        } else {
          // Labels are for a cell type's own subscripts (`grid[label: "a"]`); others refuse them.
          indices.append(try expr(argument.value))
          labels.append(argument.label)
        }
      }
      guard !indices.isEmpty else { throw error("a subscript needs an index", at: span) }
      return SubscriptNode(base: base, indices: indices, labels: labels, defaultValue: defaultValue, span: span)
    case .bindOptional(let inner):
      return BindOptionalNode(operand: try expr(inner), span: span)
    case .optionalEvaluation(let chain):
      return OptionalEvaluationNode(chain: try expr(chain), span: span)
    case .forceUnwrap(let inner):
      return ForceUnwrapNode(operand: try expr(inner), span: span)
    case .closure(let closure):
      return ClosureNode(function: compileClosure(closure, span: span, expecting: expected), span: span)
    case .cast(let inner, let kind, let typeExpr):
      return CastNode(operand: try expr(inner), kind: kind, type: try staticType(typeExpr, at: span), span: span)
    case .keyPath(let components):
      return KeyPathNode(components: components, span: span)
    case .try(let inner, let kind):
      tryDepth += 1
      defer { tryDepth -= 1 }
      return TryNode(operand: try expr(inner, expecting: expected), kind: kind, span: span)
    case .oneSidedRange(let lowerExpr, let upperExpr, let isClosed):
      return OneSidedRangeNode(lower: try lowerExpr.map { try expr($0) }, upper: try upperExpr.map { try expr($0) },
                               isClosed: isClosed, span: span)
    case .discard:
      throw error("'_' can only appear on the left of an assignment", at: span)
    case .inoutArgument:
      throw error("'&' may only be used to pass an argument to an inout parameter", at: span)
    case .invalid:
      // The syntax error is already reported, and a cell with errors never runs.
      return LiteralNode(.void, span: span)
    }
  }

  /// A name: a variable, a member of `self` inside a method, a type, or a built-in.
  private func identifier(_ name: String, span: SourceSpan) throws -> ExprNode {
    if let binding = lookup(name) { return read(binding, span: span) }
    if let member = try implicitSelfMember(name, span: span) { return member }
    if let type = types[name] { return LiteralNode(.type(.user(type)), span: span) }
    if let value = builtins[name] { return LiteralNode(value, span: span) }
    if name == "self" || name == "super" { throw error("'\(name)' is only available inside a type's methods", at: span) }
    throw error("cannot find '\(name)' in scope", at: span)
  }

  /// `count` inside a method meaning `self.count`.
  private func implicitSelfMember(_ name: String, span: SourceSpan) throws -> ExprNode? {
    guard let type = enclosingType(), type.hasMember(name) else { return nil }
    if type.isStaticMember(name) {
      return MemberNode(base: LiteralNode(.type(.user(type)), span: span), name: name, nameSpan: span, span: span)
    }
    guard let binding = lookup("self") else { return nil }
    return MemberNode(base: read(binding, span: span), name: name, nameSpan: span, span: span)
  }

  /// The type whose method the current function (or a closure inside it) belongs to.
  func enclosingType() -> UserType? {
    var function: FunctionScope? = scope
    while let current = function {
      if let type = current.typeContext { return type }
      function = current.parent
    }
    return nil
  }

  // MARK: - Calls

  private func call(_ calleeExpr: Expr, _ argumentsSource: [CallArgument], span: SourceSpan, expected expectedForCall: UserType?) throws -> ExprNode {
    let resolved = try argumentsSource.map(argument)
    switch calleeExpr.kind {
    case .member(let baseExpr, let name, let nameSpan):
      if case .identifier("super") = baseExpr.kind { return try superCall(name, arguments: resolved, span: span) }
      if case .identifier(let variable) = baseExpr.kind, BuiltinMethods.mutatingNames.contains(name),
        let binding = lookup(variable), binding.isConstant, binding.type.isBuiltinCollection
      {
        throw error("cannot use mutating member on immutable value: '\(variable)' is a 'let' constant", at: baseExpr.span)
      }
      var arguments = resolved
      let baseType = isAssignable(baseExpr) ? staticTypeOfVariable(baseExpr) : .unknown
      if (name == "append" || name == "insert"), case .array(let element) = baseType, let first = arguments.first, first.label == nil {
        // `losses.append(1)` on a [Double] appends 1.0; a non-literal Int is rejected.
        arguments[0].node = try expr(argumentsSource[0].value, expecting: element)
        arguments[0].elementType = element
      }
      if isAssignable(baseExpr) {
        let receiver = try lvalue(baseExpr, forAssignment: false)
        return MethodCallNode(base: nil, receiver: receiver, name: name, nameSpan: nameSpan, arguments: arguments, span: span)
      }
      return MethodCallNode(base: try expr(baseExpr), receiver: nil, name: name, nameSpan: nameSpan, arguments: arguments, span: span)
    case .implicitMember(let name):
      return ImplicitMemberNode(name: name, arguments: resolved, contextType: expectedForCall, span: span)
    case .array(let elements) where elements.count == 1 && isTypeExpression(elements[0]):
      // `[Int]()`: an empty array of a type.
      return CallNode(callee: LiteralNode(.type(.builtin("Array")), span: calleeExpr.span), arguments: resolved, span: span)
    case .dictionary(let entries) where entries.count == 1 && isTypeExpression(entries[0].key) && isTypeExpression(entries[0].value):
      return CallNode(callee: LiteralNode(.type(.builtin("Dictionary")), span: calleeExpr.span), arguments: resolved, span: span)
    case .identifier("stride"):
      guard let function = Builtins.function(named: "stride", labels: resolved.map(\.label)) else {
        throw error("stride needs 'from:to:by:' or 'from:through:by:'", at: span)
      }
      return CallNode(callee: LiteralNode(function, span: calleeExpr.span), arguments: resolved, span: span)
    case .identifier(let name):
      if let binding = lookup(name) {
        if throwingFunctions.contains(binding.id) && tryDepth == 0 {
          throw error("call can throw but is not marked with 'try'", at: calleeExpr.span)
        }
        return CallNode(callee: read(binding, span: calleeExpr.span), arguments: resolved, span: span)
      }
      if let type = enclosingType(), type.staticMethods[name] != nil, type.method(named: name) == nil {
        return MethodCallNode(base: LiteralNode(.type(.user(type)), span: calleeExpr.span), receiver: nil, name: name,
                              nameSpan: calleeExpr.span, arguments: resolved, span: span)
      }
      if let type = enclosingType(), type.method(named: name) != nil, let selfBinding = lookup("self") {
        // `helper()` inside a method calls `self.helper()`.
        let receiver = target(selfBinding, name: "self", span: calleeExpr.span)
        return MethodCallNode(base: read(selfBinding, span: calleeExpr.span), receiver: receiver, name: name,
                              nameSpan: calleeExpr.span, arguments: resolved, span: span)
      }
      return CallNode(callee: try expr(calleeExpr), arguments: resolved, span: span)
    default:
      return CallNode(callee: try expr(calleeExpr), arguments: resolved, span: span)
    }
  }

  private func argument(_ argument: CallArgument) throws -> ArgumentNode {
    if case .inoutArgument(let inner) = argument.value.kind {
      let target = try lvalue(inner, forAssignment: true)
      return ArgumentNode(label: argument.label, node: try expr(inner), inoutTarget: target)
    }
    return ArgumentNode(label: argument.label, node: try expr(argument.value), inoutTarget: nil, isTrailing: argument.isTrailing)
  }

  private func superCall(_ name: String, arguments: [ArgumentNode], span: SourceSpan) throws -> ExprNode {
    guard let type = enclosingType(), type.kind == .class, let binding = lookup("self") else {
      throw error("'super' is only available in the methods of a class", at: span)
    }
    guard type.superclass != nil else {
      // `class Net: Module` extends an engine protocol, not a cell's class; the `super.init()`
      // a PyTorch reader writes out of habit has nothing to initialise.
      if name == "init", arguments.isEmpty, !type.conformances.isDisjoint(with: protocolExtensionNames) {
        return LiteralNode(.void, span: span)
      }
      throw error("'super' members cannot be referenced in a root class", at: span)
    }
    return SuperCallNode(declaringType: type, receiver: read(binding, span: span), name: name, arguments: arguments, span: span)
  }

  // MARK: - Assignment targets

  /// The assignment target an expression denotes.
  func lvalue(_ expression: Expr, forAssignment: Bool) throws -> LValue {
    if forAssignment, changesImmutableSelf(expression) {
      throw error("cannot assign to property: 'self' is immutable; mark the method 'mutating' to change it", at: expression.span)
    }
    return try target(of: expression, forAssignment: forAssignment)
  }

  /// Whether an assignment target is (part of) `self` of a struct or enum in a method that
  /// is not `mutating`.
  private func changesImmutableSelf(_ expression: Expr) -> Bool {
    guard let type = enclosingType(), type.isValueType, !scopeAllowsSelfMutation() else { return false }
    var root = expression
    while true {
      switch root.kind {
      case .member(let base, _, _), .subscript(let base, _), .paren(let base), .forceUnwrap(let base),
        .bindOptional(let base), .optionalEvaluation(let base):
        root = base
        continue
      case .identifier("self"):
        return true
      case .identifier(let name):
        return lookup(name) == nil && type.hasMember(name) && !type.isStaticMember(name)
      default:
        return false
      }
    }
  }

  private func target(of expression: Expr, forAssignment: Bool) throws -> LValue {
    let span = expression.span
    switch expression.kind {
    case .identifier(let name):
      if let binding = lookup(name) {
        if forAssignment && binding.isConstant && deferredVariables.contains(binding.id) {
          // A `let` declared without a value takes its one value here.
          var once = binding
          once.isConstant = false
          return OnceLValue(target: target(once, name: name, span: span), name: name, span: span)
        }
        if forAssignment && binding.isConstant && name != "self" {
          throw error("cannot assign to value: '\(name)' is a 'let' constant", at: span)
        }
        return target(binding, name: name, span: span)
      }
      if let type = enclosingType(), type.hasMember(name) {
        if type.isStaticMember(name) {
          return MemberLValue(base: ConstantLValue(value: .type(.user(type)), span: span), name: name, span: span)
        }
        if let selfBinding = lookup("self") { return MemberLValue(base: selfTarget(selfBinding, span: span), name: name, span: span) }
      }
      if builtins[name] != nil || types[name] != nil { throw error("cannot assign to '\(name)': it is not a variable", at: span) }
      throw error("cannot find '\(name)' in scope", at: span)
    case .member(let baseExpr, let name, _):
      if case .identifier(let typeName) = baseExpr.kind, lookup(typeName) == nil, let type = types[typeName] {
        return MemberLValue(base: ConstantLValue(value: .type(.user(type)), span: baseExpr.span), name: name, span: span)
      }
      if case .identifier("self") = baseExpr.kind, let selfBinding = lookup("self") {
        return MemberLValue(base: selfTarget(selfBinding, span: baseExpr.span), name: name, span: span)
      }
      return MemberLValue(base: try lvalue(baseExpr, forAssignment: false), name: name, span: span)
    case .subscript(let baseExpr, let arguments):
      let defaultValue = arguments.count == 2 && arguments[1].label == "default" ? arguments[1].value : nil
      let positions = defaultValue == nil ? arguments : [arguments[0]]
      guard !positions.isEmpty, positions.allSatisfy({ $0.label == nil }) else {
        throw error("subscript arguments cannot have labels here", at: span)
      }
      return SubscriptLValue(base: try lvalue(baseExpr, forAssignment: false), indices: try positions.map { try expr($0.value) },
                             defaultValue: try defaultValue.map { try expr($0, expecting: $0.isEmptyCollectionLiteral ? .any : .unknown) },
                             span: span)
    case .paren(let inner):
      return try lvalue(inner, forAssignment: forAssignment)
    case .tuple(let elements) where forAssignment:
      // `(a, b) = (b, a)`: each element is a target.
      return TupleLValue(elements: try elements.map { try lvalue($0.value, forAssignment: true) }, span: span)
    case .forceUnwrap(let inner):
      return UnwrapLValue(base: try lvalue(inner, forAssignment: false), isForced: true, span: span)
    case .bindOptional(let inner):
      return UnwrapLValue(base: try lvalue(inner, forAssignment: false), isForced: false, span: span)
    case .optionalEvaluation(let chain):
      return try lvalue(chain, forAssignment: forAssignment)
    default:
      // A computed value as the base of a target, `find(t)?.owner = nil`: assignable only
      // when it is a class instance, changed through its reference.
      guard !forAssignment else { throw error("cannot assign to this expression", at: span) }
      return TemporaryLValue(node: try expr(expression), span: span)
    }
  }

  /// Whether an expression spells a type, as in `[Int]()` or `[String: [Double]]()`.
  private func isTypeExpression(_ expression: Expr) -> Bool {
    switch expression.kind {
    case .identifier(let name): return lookup(name) == nil && (Builtins.typeNames.contains(name) || types[name] != nil)
    case .array(let elements): return elements.count == 1 && isTypeExpression(elements[0])
    case .dictionary(let entries): return entries.count == 1 && isTypeExpression(entries[0].key) && isTypeExpression(entries[0].value)
    default: return false
    }
  }

  /// Whether an expression names storage a mutating method can write back to: a variable,
  /// a property of one, an element of one. Decided from the syntax, so that no error is
  /// reported for receivers that are plain values such as `"text".uppercased()`.
  func isAssignable(_ expression: Expr) -> Bool {
    switch expression.kind {
    case .identifier(let name):
      if name == "self" { return lookup("self") != nil }
      if lookup(name) != nil { return true }
      if types[name] != nil || builtins[name] != nil { return false }
      return enclosingType()?.hasMember(name) == true && lookup("self") != nil
    case .member(let base, _, _):
      if case .identifier(let name) = base.kind, lookup(name) == nil, types[name] != nil { return true }
      return isAssignable(base)
    case .subscript(let base, let arguments):
      let isDefaulted = arguments.count == 2 && arguments[1].label == "default"
      return (arguments.count == 1 || isDefaulted) && arguments[0].label == nil && isAssignable(base)
    case .paren(let inner), .forceUnwrap(let inner), .bindOptional(let inner), .optionalEvaluation(let inner):
      return isAssignable(inner)
    default:
      return false
    }
  }

  /// The declared type of a variable named by an expression, if known.
  private func staticTypeOfVariable(_ expression: Expr) -> StaticType {
    if case .identifier(let name) = expression.kind, let binding = lookup(name) { return binding.type }
    // `log.items` where `log`'s type is known: the stored property's declared type.
    if case .member(let baseExpr, let name, _) = expression.kind, case .user(let type) = staticTypeOfVariable(baseExpr).unwrapped,
      let index = type.fieldIndex[name]
    {
      return type.storedProperties[index].type
    }
    return staticTypeOfTarget(expression)
  }

  /// `self` as a target: changeable in mutating methods, initializers and class methods.
  private func selfTarget(_ binding: Binding, span: SourceSpan) -> VariableLValue {
    var selfBinding = binding
    selfBinding.isConstant = !(scopeAllowsSelfMutation())
    return target(selfBinding, name: "self", span: span)
  }

  private func scopeAllowsSelfMutation() -> Bool {
    var function: FunctionScope? = scope
    while let current = function {
      if current.typeContext != nil { return current.selfIsMutable || current.typeContext?.kind == .class }
      function = current.parent
    }
    return false
  }

  private func staticTypeOfTarget(_ expression: Expr) -> StaticType {
    if case .member(let baseExpr, let name, _) = expression.kind, case .identifier("self") = baseExpr.kind,
      let type = enclosingType(), let index = type.fieldIndex[name]
    {
      return type.storedProperties[index].type
    }
    if case .identifier(let name) = expression.kind, lookup(name) == nil, let type = enclosingType(),
      let index = type.fieldIndex[name]
    {
      return type.storedProperties[index].type
    }
    return .unknown
  }

  // MARK: - Static types

  /// What the resolver can tell of an expression's type before running it.
  func staticType(of node: ExprNode) -> StaticType {
    switch node {
    case let literal as LiteralNode:
      switch literal.value {
      case .int: return .int
      case .double: return .double
      case .bool: return .bool
      case .string: return .string
      default: return .unknown
      }
    case is InterpolationNode:
      return .string
    case let array as ArrayNode:
      let types = array.elements.map(staticType(of:))
      if types.contains(where: \.isDouble) && types.allSatisfy({ $0.isDouble || $0.isInt }) { return .array(.double) }
      if let first = types.first, !first.isUnchecked, types.allSatisfy({ $0.sameKind(as: first) }) { return .array(first) }
      return .unknown
    case let binary as BinaryNode:
      let (left, right) = (staticType(of: binary.lhs), staticType(of: binary.rhs))
      switch binary.op {
      case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .identical, .notIdentical: return .bool
      case .halfOpenRange, .closedRange: return .unknown
      default:
        if left.sameKind(as: right) && (left.isInt || left.isDouble || left == .string) { return left }
        if (left.isDouble && binary.rhsAdapts) || (right.isDouble && binary.lhsAdapts) { return .double }
        return .unknown
      }
    case is LogicalNode:
      return .bool
    case let call as CallNode:
      if let literal = call.callee as? LiteralNode, case .type(.user(let type)) = literal.value {
        // `Suit(rawValue: s)` may fail, so it is optional; other initializers are not,
        // unless declared `init?`.
        let labels = call.arguments.map(\.label)
        if type.kind == .enumeration && labels == ["rawValue"] { return .optional(.user(type)) }
        let initializer = type.initializers.first { $0.accepts(labels, allowingDefaults: true) }
        return initializer?.isFailable == true ? .optional(.user(type)) : .user(type)
      }
      return .unknown
    case let member as MemberNode:
      if let literal = member.base as? LiteralNode, case .type(.user(let type)) = literal.value, type.caseIndex(named: member.name) != nil {
        return .user(type)
      }
      return .unknown
    default:
      return readTypes[ObjectIdentifier(node)] ?? .unknown
    }
  }

  func elementType(of sequence: ExprNode) -> StaticType {
    if let binary = sequence as? BinaryNode, binary.op == .halfOpenRange || binary.op == .closedRange { return .int }
    return staticType(of: sequence).element
  }
}

/// A fixed value as the base of an assignment target, such as a type for a static property.
final class ConstantLValue: LValue {
  let value: Value

  init(value: Value, span: SourceSpan) {
    self.value = value
    super.init(type: .unknown, span: span)
  }

  override func get(_ interpreter: Interpreter) throws -> Value { value }
  override func set(_ value: Value, _ interpreter: Interpreter) throws {}
  override func modify(_ interpreter: Interpreter, _ body: (inout Value) throws -> Void) throws {
    var copy = value
    try body(&copy)
  }
}

extension Expr {
  var isEmptyCollectionLiteral: Bool {
    switch kind {
    case .array(let elements): return elements.isEmpty
    case .dictionary(let entries): return entries.isEmpty
    default: return false
    }
  }
}

extension BinaryOperator {
  var isArithmetic: Bool {
    switch self {
    case .add, .subtract, .multiply, .divide, .remainder: return true
    default: return false
    }
  }
}

extension StaticType {
  /// `Int` or `Double`, whose static members `.max` or `.pi` may be written without the type.
  var builtinTypeName: String? {
    switch self {
    case .int: return "Int"
    case .double: return "Double"
    default: return nil
    }
  }

  var isUnknown: Bool {
    if case .unknown = self { return true }
    return false
  }

  var isAny: Bool {
    if case .any = self { return true }
    return false
  }

  var isInt: Bool {
    if case .int = self { return true }
    return false
  }

  var isArray: Bool {
    if case .array = self { return true }
    return false
  }

  /// Arrays, dictionaries and strings, whose mutating methods the resolver knows.
  var isBuiltinCollection: Bool {
    switch self {
    case .array, .dictionary, .string: return true
    default: return false
    }
  }

  /// Whether two types are the same, comparing cell types by identity.
  func sameKind(as other: StaticType) -> Bool {
    switch (self, other) {
    case (.int, .int), (.double, .double), (.bool, .bool), (.string, .string), (.void, .void), (.any, .any): return true
    case (.array(let a), .array(let b)): return a.sameKind(as: b)
    case (.optional(let a), .optional(let b)): return a.sameKind(as: b)
    case (.user(let a), .user(let b)): return a === b
    case (.named(let a), .named(let b)): return a == b
    default: return false
    }
  }

  static func == (lhs: StaticType, rhs: StaticType) -> Bool { lhs.sameKind(as: rhs) }
}

extension UserType {
  /// Whether a name is a static member rather than an instance member.
  func isStaticMember(_ name: String) -> Bool {
    fieldIndex[name] == nil && computedProperty(named: name) == nil && method(named: name) == nil
      && (staticValues[name] != nil || staticInitializers[name] != nil || staticMethods[name] != nil || staticComputed[name] != nil)
  }

  /// Whether the type (or a superclass) has a property or method of this name.
  func hasMember(_ name: String) -> Bool {
    fieldIndex[name] != nil || computedProperty(named: name) != nil || method(named: name) != nil
      || staticValues[name] != nil || staticInitializers[name] != nil || staticMethods[name] != nil
      || staticComputed[name] != nil
  }
}
