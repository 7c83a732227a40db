extension Resolver {
  /// A parameter as the function compiler sees it.
  struct ParameterSpec {
    var label: String?
    var name: String?
    var type: StaticType
    var defaultValue: ExprNode?
    var isInout: Bool
    var span: SourceSpan
  }

  // MARK: - Types

  /// Registers a type's name, so that members and other types can refer to it.
  func declareType(_ decl: TypeDecl) {
    let kind: UserType.Kind = decl.kind == .struct ? .structure : decl.kind == .class ? .class : .enumeration
    if types[decl.name] != nil && cellTypeNames.contains(decl.name) {
      _ = error("invalid redeclaration of '\(decl.name)'", at: decl.nameSpan)
      return
    }
    cellTypeNames.insert(decl.name)
    types[decl.name] = UserType(name: decl.name, kind: kind)
    for case .type(let nested) in decl.members { declareType(nested) }
  }

  /// Fills in a declared type's properties, methods, initializers and cases.
  func defineType(_ decl: TypeDecl) {
    guard let type = types[decl.name], type.storedProperties.isEmpty, type.methods.isEmpty, type.cases.isEmpty else { return }
    for (position, name) in decl.inherited.enumerated() {
      if position == 0, type.kind == .class, let superclass = types[name] {
        guard superclass.kind == .class else {
          _ = error("'\(decl.name)' can only inherit from a class, and '\(name)' is not one", at: decl.nameSpan)
          continue
        }
        type.superclass = superclass
        type.storedProperties = superclass.storedProperties
        type.fieldIndex = superclass.fieldIndex
      } else if position == 0, type.kind == .enumeration, ["Int", "String", "Double", "Character"].contains(name) {
        type.rawType = name == "Int" ? .int : name == "Double" ? .double : .string
      } else {
        type.conformances.insert(name)
      }
    }
    for case .type(let nested) in decl.members { defineType(nested) }

    var explicitInitializers = false
    // Nil once the previous raw value was Int.max: the next case has no implicit value.
    var nextRawValue: Int? = 0
    for member in decl.members {
      do {
        switch member {
        case .stored(let isConstant, let isStatic, let name, let nameSpan, let annotation, let valueExpr):
          try defineStored(type, isConstant: isConstant, isStatic: isStatic, name: name, nameSpan: nameSpan,
                           annotation: annotation, valueExpr: valueExpr)
        case .computed(let isStatic, let name, let nameSpan, let annotation, let getter, let setter):
          let propertyType = try staticType(annotation, at: nameSpan)
          let getterFunction = compileBody(
            name: name, parameters: [], returnType: propertyType, body: getter, in: type, selfIsMutable: false,
            isStatic: isStatic, isInitializer: false, isThrowing: false, span: nameSpan, implicitReturn: true)
          let setterFunction = setter.map { setter in
            compileBody(
              name: name, parameters: [ParameterSpec(label: nil, name: setter.name, type: propertyType, defaultValue: nil, isInout: false, span: nameSpan)],
              returnType: .void, body: setter.body, in: type, selfIsMutable: true, isStatic: isStatic, isInitializer: false,
              isThrowing: false, span: nameSpan, implicitReturn: false, isMutating: true)
          }
          let property = UserType.ComputedProperty(getter: getterFunction, setter: setterFunction, type: propertyType)
          if isStatic { type.staticComputed[name] = property } else { type.computedProperties[name] = property }
        case .function(let function):
          if function.name == "init" {
            explicitInitializers = true
            type.initializers.append(compileFunction(function, in: type))
          } else if function.modifiers.contains("static") {
            type.staticMethods[function.name] = compileFunction(function, in: type)
          } else {
            if function.modifiers.contains("mutating") && type.kind == .class {
              throw error("'mutating' is not valid on methods in classes", at: function.nameSpan)
            }
            let overrides = type.superclass?.method(named: function.name) != nil
            if overrides && !function.modifiers.contains("override") {
              throw error("overriding declaration requires an 'override' keyword", at: function.nameSpan)
            }
            if !overrides && function.modifiers.contains("override") {
              throw error("method does not override any method from its superclass", at: function.nameSpan)
            }
            type.methods[function.name] = compileFunction(function, in: type)
          }
        case .enumCase(let name, let nameSpan, let associated, let rawExpr):
          guard type.kind == .enumeration else { throw error("enum 'case' is not allowed outside of an enum", at: nameSpan) }
          var rawValue: Value?
          if let rawExpr {
            guard let literal = try expr(rawExpr, expecting: type.rawType ?? .unknown) as? LiteralNode else {
              throw error("raw value for enum case must be a literal", at: rawExpr.span)
            }
            rawValue = literal.value
            if case .int(let n) = literal.value { nextRawValue = successor(n) }
          } else if let rawType = type.rawType {
            if rawType.isInt {
              guard let next = nextRawValue else {
                throw error("raw value for enum case '\(name)' would overflow 'Int'; give it an explicit raw value", at: nameSpan)
              }
              rawValue = .int(next)
              nextRawValue = successor(next)
            } else if rawType == .string {
              rawValue = .string(name)
            } else {
              throw error("enum case '\(name)' needs a raw value", at: nameSpan)
            }
          }
          let labels = associated?.map(\.label)
          let associatedTypes = try associated?.map { try staticType($0.type, at: nameSpan) } ?? []
          type.cases.append(UserType.Case(name: name, rawValue: rawValue, associatedLabels: labels, associatedTypes: associatedTypes))
          if let labels { type.caseConstructors[type.cases.count - 1] = caseConstructor(type, type.cases.count - 1, labels, associatedTypes, nameSpan) }
        case .type:
          break
        }
      } catch {}
    }
    if !explicitInitializers && type.kind != .enumeration { synthesizeInitializers(type) }
  }

  /// The implicit raw value after `n`, or nil when `n` is Int.max.
  private func successor(_ n: Int) -> Int? {
    let (next, overflow) = n.addingReportingOverflow(1)
    return overflow ? nil : next
  }

  private func defineStored(
    _ type: UserType, isConstant: Bool, isStatic: Bool, name: String, nameSpan: SourceSpan, annotation: TypeExpr?, valueExpr: Expr?
  ) throws {
    if type.kind == .enumeration && !isStatic { throw error("enums must not contain stored properties", at: nameSpan) }
    var propertyType = try annotation.map { try staticType($0, at: nameSpan) } ?? .unknown
    // Initial values are resolved on their own: they may use globals and literals, not locals.
    let initial = try valueExpr.map { valueExpr in
      try inStandaloneScope { try expr(valueExpr, expecting: propertyType) }
    }
    if annotation == nil, let initial { propertyType = staticType(of: initial) }
    // An optional `var` without a value starts as nil, as in Swift.
    var initialValue = initial
    if initialValue == nil, !isConstant, case .optional = propertyType { initialValue = LiteralNode(.none, span: nameSpan) }
    if isStatic {
      guard let initialValue else { throw error("'static let' declarations require an initializer expression", at: nameSpan) }
      type.staticInitializers[name] = (initialValue, propertyType)
      return
    }
    guard type.fieldIndex[name] == nil else { throw error("invalid redeclaration of '\(name)'", at: nameSpan) }
    type.fieldIndex[name] = type.storedProperties.count
    type.storedProperties.append(UserType.StoredProperty(name: name, type: propertyType, isConstant: isConstant, initialValue: initialValue))
  }

  /// Swift's implicit initializers: a struct's memberwise initializer; for a class whose
  /// properties all have initial values, `init()`, or its superclass's initializers.
  private func synthesizeInitializers(_ type: UserType) {
    let ownProperties = type.storedProperties.enumerated().filter { index, _ in
      type.superclass.map { index >= $0.storedProperties.count } ?? true
    }
    if type.kind == .structure {
      var parameters: [CompiledFunction.Parameter] = []
      var body: [StmtNode] = []
      for (index, property) in ownProperties where !(property.isConstant && property.initialValue != nil) {
        let slot = parameters.count + 1
        parameters.append(CompiledFunction.Parameter(
          label: property.name, name: property.name, type: property.type, defaultValue: property.isConstant ? nil : property.initialValue,
          isInout: false, slot: slot, isBoxed: false))
        body.append(StoreFieldNode(selfSlot: 0, fieldIndex: index, valueSlot: slot))
      }
      type.initializers.append(initializer(type, parameters, body))
    } else if let superclass = type.superclass, ownProperties.allSatisfy({ $0.element.initialValue != nil }) {
      type.initializers = superclass.initializers
    } else if ownProperties.allSatisfy({ $0.element.initialValue != nil }) {
      type.initializers.append(initializer(type, [], []))
    }
  }

  private func initializer(_ type: UserType, _ parameters: [CompiledFunction.Parameter], _ body: [StmtNode]) -> CompiledFunction {
    let function = CompiledFunction(
      name: "init", parameters: parameters, returnType: .void, isThrowing: false, isMutating: true, span: SourceSpan(file: 0, start: 0, end: 0))
    function.body = body
    function.localCount = parameters.count + 1
    function.selfSlot = 0
    function.initializedType = type
    return function
  }

  /// The function that builds an enum case with associated values; being a compiled
  /// function, its arguments get the same checks and literal adaptation as any call.
  private func caseConstructor(_ type: UserType, _ index: Int, _ labels: [String?], _ types: [StaticType], _ span: SourceSpan) -> CompiledFunction {
    let parameters = zip(labels, types).enumerated().map { slot, pair in
      CompiledFunction.Parameter(label: pair.0, name: pair.0 ?? "_", type: pair.1, defaultValue: nil, isInout: false, slot: slot, isBoxed: false)
    }
    let function = CompiledFunction(
      name: "\(type.name).\(type.cases[index].name)", parameters: parameters, returnType: .user(type), isThrowing: false,
      isMutating: false, span: span)
    function.body = [ReturnNode(value: MakeEnumNode(type: type, caseIndex: index, count: labels.count, span: span), type: .unknown, span: span)]
    function.localCount = labels.count
    return function
  }

  /// Resolves in a scope of its own with no locals, for property initial values.
  func inStandaloneScope<T>(_ body: () throws -> T) rethrows -> T {
    let saved = scope
    scope = FunctionScope(parent: topLevel, isTopLevel: false, capturedNames: [], returnType: .unknown, typeContext: nil,
                          selfIsMutable: false, isInitializer: false)
    defer { scope = saved }
    return try body()
  }

  // MARK: - Functions

  /// Compiles a `func`, method or `init` declaration.
  func compileFunction(_ decl: FunctionDecl, in type: UserType?) -> CompiledFunction {
    let isInitializer = decl.name == "init"
    let returnType = (try? decl.returnType.map { try staticType($0, at: decl.nameSpan) } ?? .void) ?? .unknown
    let parameters = decl.parameters.compactMap { parameter -> ParameterSpec? in
      guard let type = try? staticType(parameter.type, at: parameter.span) else { return nil }
      let defaultValue = parameter.defaultValue.flatMap { try? expr($0, expecting: type) }
      return ParameterSpec(label: parameter.label, name: parameter.name, type: type, defaultValue: defaultValue,
                           isInout: parameter.isInout, span: parameter.span)
    }
    let isMutating = decl.modifiers.contains("mutating")
    let function = compileBody(
      name: decl.name, parameters: parameters, returnType: isInitializer ? .void : returnType, body: decl.body, in: type,
      selfIsMutable: isMutating || isInitializer, isStatic: decl.modifiers.contains("static"), isInitializer: isInitializer,
      isThrowing: decl.isThrowing, span: decl.nameSpan, implicitReturn: !isInitializer, isMutating: isMutating || isInitializer)
    if isInitializer {
      function.initializedType = type
      function.isFailable = decl.isFailable
    }
    return function
  }

  /// Compiles a closure expression.
  func compileClosure(_ closure: ClosureExpr, span: SourceSpan, expecting: StaticType) -> CompiledFunction {
    var parameters: [ParameterSpec]
    var expectedParameters: [StaticType] = []
    var expectedResult = StaticType.unknown
    if case .function(let types, let result) = expecting.unwrapped {
      expectedParameters = types
      expectedResult = result
    }
    func expectedType(_ index: Int) -> StaticType { index < expectedParameters.count ? expectedParameters[index] : .unknown }
    if let declared = closure.parameters {
      parameters = declared.enumerated().map { index, parameter in
        let type = parameter.type.flatMap { try? staticType($0, at: parameter.span) } ?? expectedType(index)
        return ParameterSpec(label: nil, name: parameter.name, type: type, defaultValue: nil, isInout: false, span: parameter.span)
      }
    } else {
      let count = ClosureShape.dollarCount(closure.body)
      parameters = (0..<count).map { ParameterSpec(label: nil, name: "$\($0)", type: expectedType($0), defaultValue: nil, isInout: false, span: span) }
    }
    let returnType = closure.returnType.flatMap { try? staticType($0, at: span) } ?? expectedResult
    return compileBody(
      name: "closure", parameters: parameters, returnType: returnType, body: closure.body, in: nil, selfIsMutable: false,
      isStatic: false, isInitializer: false, isThrowing: false, span: span, implicitReturn: true)
  }

  /// Compiles a function body in a new scope: `self` in slot 0 for methods, then the
  /// parameters, then the locals.
  func compileBody(
    name: String, parameters: [ParameterSpec], returnType: StaticType, body: [Stmt], in type: UserType?,
    selfIsMutable: Bool, isStatic: Bool, isInitializer: Bool, isThrowing: Bool, span: SourceSpan, implicitReturn: Bool,
    isMutating: Bool = false
  ) -> CompiledFunction {
    let saved = scope
    let functionScope = FunctionScope(
      parent: scope, isTopLevel: false, capturedNames: CaptureAnalysis.namesUsedInClosures(body), returnType: returnType,
      typeContext: type, selfIsMutable: selfIsMutable, isInitializer: isInitializer)
    scope = functionScope
    defer { scope = saved }

    let function = CompiledFunction(
      name: name, parameters: [], returnType: returnType, isThrowing: isThrowing, isMutating: isMutating, span: span)
    if let type, !isStatic, let slot = try? declare("self", isConstant: !(selfIsMutable && type.kind != .class), type: .user(type), at: span) {
      function.selfSlot = slot.slot
      function.selfIsBoxed = slot.isBoxed
    }
    for (index, parameter) in parameters.enumerated() {
      guard let slot = try? declare(parameter.name ?? "_\(index)", isConstant: !parameter.isInout, type: parameter.type, at: parameter.span) else { continue }
      function.parameters.append(CompiledFunction.Parameter(
        label: parameter.label, name: parameter.name ?? "_", type: parameter.type, defaultValue: parameter.defaultValue,
        isInout: parameter.isInout, slot: slot.slot, isBoxed: slot.isBoxed))
    }
    if implicitReturn, body.count == 1, case .expression(let only) = body[0].kind, !only.isAssignment,
      let value = try? expr(only, expecting: returnType)
    {
      // A single-expression body returns its value: `{ $0 * 2 }`, `var area: Double { w * h }`.
      function.body = [ReturnNode(value: value, type: returnType, span: only.span)]
    } else {
      function.body = withBlock { block(body) }
    }
    function.localCount = functionScope.localCount
    function.captureSources = functionScope.captures.map(\.source)
    return function
  }
}

/// Stores a parameter into a field of the instance being initialized (the body of a
/// memberwise initializer).
final class StoreFieldNode: StmtNode {
  let selfSlot: Int
  let fieldIndex: Int
  let valueSlot: Int

  init(selfSlot: Int, fieldIndex: Int, valueSlot: Int) {
    self.selfSlot = selfSlot
    self.fieldIndex = fieldIndex
    self.valueSlot = valueSlot
    super.init(span: SourceSpan(file: 0, start: 0, end: 0))
  }

  override func exec(_ interpreter: Interpreter) throws -> Flow {
    // The instance is new and not yet shared, so it is changed in place.
    if case .instance(let instance) = interpreter.frame[selfSlot] {
      instance.fields[fieldIndex] = interpreter.frame[valueSlot]
    }
    return .normal
  }
}

/// Facts about a closure's body read from its syntax.
enum ClosureShape {
  /// How many `$n` parameters a closure uses: one more than the largest `n` in its body,
  /// not counting closures nested inside it.
  static func dollarCount(_ body: [Stmt]) -> Int {
    var largest = -1
    func visit(_ expr: Expr) {
      switch expr.kind {
      case .dollar(let n): largest = max(largest, n)
      case .closure: break
      case .string(let parts): for case .expr(let inner) in parts { visit(inner) }
      case .array(let elements): elements.forEach(visit)
      case .dictionary(let entries): entries.forEach { visit($0.key); visit($0.value) }
      case .tuple(let elements): elements.forEach { visit($0.value) }
      case .paren(let inner), .bindOptional(let inner), .optionalEvaluation(let inner), .forceUnwrap(let inner),
        .try(let inner, _), .inoutArgument(let inner), .cast(let inner, _, _), .prefix(_, _, let inner):
        visit(inner)
      case .binary(_, _, let lhs, let rhs), .assign(_, _, let lhs, let rhs):
        visit(lhs)
        visit(rhs)
      case .ternary(let a, let b, let c): [a, b, c].forEach(visit)
      case .call(let callee, let arguments), .subscript(let callee, let arguments):
        visit(callee)
        arguments.forEach { visit($0.value) }
      case .member(let base, _, _): visit(base)
      default: break
      }
    }
    func visit(_ statement: Stmt) {
      switch statement.kind {
      case .expression(let expr): visit(expr)
      case .variable(_, _, _, let value): value.map(visit)
      case .return(let value): value.map(visit)
      case .if(let conditions, let thenBody, let elseBody):
        for case .expression(let expr) in conditions { visit(expr) }
        (thenBody + (elseBody ?? [])).forEach(visit)
      case .guard(let conditions, let elseBody):
        for case .expression(let expr) in conditions { visit(expr) }
        elseBody.forEach(visit)
      case .forIn(_, _, let sequence, _, let body):
        visit(sequence)
        body.forEach(visit)
      case .while(_, _, let body), .repeatWhile(_, let body, _): body.forEach(visit)
      case .switch(let subject, let cases):
        visit(subject)
        cases.flatMap(\.body).forEach(visit)
      default: break
      }
    }
    body.forEach(visit)
    return largest + 1
  }
}

extension Expr {
  /// Whether this is an assignment, which as a closure's only statement returns nothing.
  var isAssignment: Bool {
    if case .assign = kind { return true }
    return false
  }
}

/// Builds an enum value from the arguments in the first local slots (the body of a case
/// constructor).
final class MakeEnumNode: ExprNode {
  let type: UserType
  let caseIndex: Int
  let count: Int

  init(type: UserType, caseIndex: Int, count: Int, span: SourceSpan) {
    self.type = type
    self.caseIndex = caseIndex
    self.count = count
    super.init(span: span)
  }

  override func eval(_ interpreter: Interpreter) throws -> Value {
    .enumCase(EnumInstance(type: type, caseIndex: caseIndex, payload: (0..<count).map { interpreter.frame[$0] }))
  }
}
