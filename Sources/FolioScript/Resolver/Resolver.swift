/// Turns parsed cells into runnable nodes, binding every name to a slot before anything runs.
///
/// One resolver serves a whole session: top-level names of a cell stay visible in later
/// cells, as in Jupyter. All cells are resolved before the first one runs, so a misspelled
/// name in cell 9 is reported before cell 1 starts an hour of training.
final class Resolver {
  /// Thrown to abandon a statement whose error is already recorded.
  struct Unwind: Error {}

  var scope: FunctionScope
  let topLevel: FunctionScope
  /// Names declared at the top level of the cell being resolved: a cell may not declare a
  /// name twice, but a later cell may declare it again (re-running an edited definition).
  private var cellNames: Set<String> = []
  /// Types declared by the cell being resolved, to report a type declared twice in one cell.
  var cellTypeNames: Set<String> = []
  let builtins: [String: Value]
  /// Types declared in cells, by name.
  var types: [String: UserType] = [:]
  /// How many global slots the session needs so far.
  private(set) var globalCount = 0
  private var nextVariableID = 0
  /// Variables declared without a value (`var x: Int`), by variable id.
  var deferredVariables: Set<Int> = []
  /// The variables that hold functions declared `throws`, by variable id.
  var throwingFunctions: Set<Int> = []
  /// How many `try` expressions enclose the expression being resolved.
  var tryDepth = 0
  /// The declared types of the variables that variable-reading nodes read.
  var readTypes: [ObjectIdentifier: StaticType] = [:]
  private var nextLoopID = 0
  /// Problems found so far.
  private(set) var diagnostics: [Diagnostic] = []

  /// The names with a host protocol extension (see `Interpreter.protocolExtensions`).
  var protocolExtensionNames: Set<String> = []

  /// Creates a resolver that knows the host's global names besides its variables.
  init(builtins: [String: Value]) {
    self.builtins = builtins
    topLevel = FunctionScope(
      parent: nil, isTopLevel: true, capturedNames: [], returnType: .unknown, typeContext: nil, selfIsMutable: false,
      isInitializer: false)
    scope = topLevel
  }

  /// Resolves one cell's statements. Types and functions declared anywhere in the cell are
  /// visible throughout it, as in a Swift file; variables from their declaration on.
  func resolveCell(_ statements: [Stmt]) -> [StmtNode] {
    cellNames = []
    cellTypeNames = []
    topLevel.capturedNames = CaptureAnalysis.namesUsedInClosures(statements)
    var hoisted: [StmtNode] = []
    for statement in statements {
      if case .type(let decl) = statement.kind { declareType(decl) }
    }
    // Function names come before type bodies, whose methods may call them.
    var functionSlots: [Int: VariableSlot] = [:]
    for (index, statement) in statements.enumerated() {
      guard case .function(let decl) = statement.kind else { continue }
      if let slot = try? declare(decl.name, isConstant: true, type: .unknown, at: decl.nameSpan) {
        functionSlots[index] = slot
        markThrowing(decl)
      }
    }
    for statement in statements {
      if case .type(let decl) = statement.kind { defineType(decl) }
    }
    var body: [StmtNode] = []
    for (index, statement) in statements.enumerated() {
      if case .function(let decl) = statement.kind {
        guard let slot = functionSlots[index] else { continue }
        let closure = compileFunction(decl, in: nil)
        hoisted.append(FunctionDeclarationNode(variable: slot, closure: ClosureNode(function: closure, span: decl.nameSpan), span: statement.span))
        continue
      }
      if case .type = statement.kind { continue }
      do {
        if let node = try self.statement(statement) { body.append(node) }
      } catch {}
    }
    return hoisted + body
  }

  /// Takes the diagnostics found so far, leaving none.
  func takeDiagnostics() -> [Diagnostic] {
    defer { diagnostics = [] }
    return diagnostics
  }

  func error(_ message: String, at span: SourceSpan) -> Unwind {
    diagnostics.append(Diagnostic(.resolve, message, at: span))
    return Unwind()
  }

  // MARK: - Scopes

  func withBlock<T>(_ body: () throws -> T) rethrows -> T {
    scope.blocks.append([:])
    defer { scope.blocks.removeLast() }
    return try body()
  }

  func newLoopID() -> Int {
    nextLoopID += 1
    return nextLoopID
  }

  /// Declares a variable in the innermost block and returns where it lives.
  func declare(_ name: String, isConstant: Bool, type: StaticType, at span: SourceSpan) throws -> VariableSlot {
    if scope.isTopLevel && scope.blocks.count == 1 {
      if cellNames.contains(name) { throw error("invalid redeclaration of '\(name)'", at: span) }
      cellNames.insert(name)
    } else if scope.blocks[scope.blocks.count - 1][name] != nil {
      throw error("invalid redeclaration of '\(name)'", at: span)
    }
    // Top-level variables of a cell are globals that closures read directly; variables in
    // blocks and functions are boxed when a closure may capture them.
    let isBoxed = scope.capturedNames.contains(name) && !(scope.isTopLevel && scope.blocks.count == 1)
    let place: Binding.Place
    let slot: VariableSlot
    if scope.isTopLevel {
      place = isBoxed ? .boxedGlobal(globalCount) : .global(globalCount)
      slot = VariableSlot(place: .global, slot: globalCount, isBoxed: isBoxed)
      globalCount += 1
    } else {
      place = isBoxed ? .boxedLocal(scope.localCount) : .local(scope.localCount)
      slot = VariableSlot(place: .local, slot: scope.localCount, isBoxed: isBoxed)
      scope.localCount += 1
    }
    nextVariableID += 1
    scope.blocks[scope.blocks.count - 1][name] = Binding(place: place, isConstant: isConstant, type: type, id: nextVariableID)
    return slot
  }

  /// Records that the function just declared under `decl.name` throws, if it does.
  func markThrowing(_ decl: FunctionDecl) {
    if decl.isThrowing, let binding = scope.blocks.last?[decl.name] { throwingFunctions.insert(binding.id) }
  }

  /// The binding a name refers to from the current function, capturing it from enclosing
  /// functions as needed.
  func lookup(_ name: String) -> Binding? {
    lookup(name, in: scope)
  }

  private func lookup(_ name: String, in function: FunctionScope) -> Binding? {
    if let binding = function.local(name) { return binding }
    guard let parent = function.parent, let outer = lookup(name, in: parent) else { return nil }
    let source: CompiledFunction.CaptureSource
    switch outer.place {
    case .global: return outer  // Globals are read directly, wherever the closure runs.
    case .local:
      // Unreachable in practice: the capture analysis boxes every variable whose name a
      // nested closure mentions, and every variable is declared through `declare`.
      return nil
    case .boxedGlobal(let slot): source = .global(slot)
    case .boxedLocal(let slot): source = .local(slot)
    case .capture(let index): source = .capture(index)
    }
    let index = function.capture(id: outer.id, source: source)
    return Binding(place: .capture(index), isConstant: outer.isConstant, type: outer.type, id: outer.id)
  }

  /// A node reading a binding; its declared type is remembered for static type inference.
  func read(_ binding: Binding, span: SourceSpan) -> ExprNode {
    if deferredVariables.contains(binding.id) {
      let node = InitializedCheckNode(read: readUnchecked(binding, span: span), span: span)
      readTypes[ObjectIdentifier(node)] = binding.type
      return node
    }
    return readUnchecked(binding, span: span)
  }

  private func readUnchecked(_ binding: Binding, span: SourceSpan) -> ExprNode {
    let node: ExprNode
    switch binding.place {
    case .global(let slot): node = GlobalNode(slot: slot, span: span)
    case .local(let slot): node = LocalNode(slot: slot, span: span)
    case .boxedGlobal(let slot): node = BoxedNode(storage: .global(slot), span: span)
    case .boxedLocal(let slot): node = BoxedNode(storage: .local(slot), span: span)
    case .capture(let index): node = BoxedNode(storage: .capture(index), span: span)
    }
    readTypes[ObjectIdentifier(node)] = binding.type
    return node
  }

  /// An assignment target for a binding.
  func target(_ binding: Binding, name: String, span: SourceSpan) -> VariableLValue {
    let place: VariableLValue.Place
    switch binding.place {
    case .global(let slot): place = .global(slot)
    case .local(let slot): place = .local(slot)
    case .boxedGlobal(let slot): place = .boxed(.global(slot))
    case .boxedLocal(let slot): place = .boxed(.local(slot))
    case .capture(let index): place = .boxed(.capture(index))
    }
    return VariableLValue(place: place, name: name, isConstant: binding.isConstant, type: binding.type, span: span)
  }

  /// The static type a type annotation names.
  func staticType(_ annotation: TypeExpr, at span: SourceSpan) throws -> StaticType {
    switch annotation {
    case .named("Int"), .named("Int64"): return .int
    case .named("Double"), .named("Float"): return .double
    case .named("Bool"): return .bool
    case .named("String"), .named("Character"), .named("Substring"): return .string
    case .named("Void"): return .void
    case .named("Any"), .named("AnyObject"): return .any
    case .named("Self"):
      guard let type = scope.typeContext else { throw error("'Self' is only available in a type", at: span) }
      return .user(type)
    case .named(let name):
      if let type = types[name] { return .user(type) }
      if case .type(.host)? = builtins[name] { return .named(name) }
      if ["Error", "CustomStringConvertible", "Equatable", "Hashable", "Comparable"].contains(name) { return .named(name) }
      throw error("cannot find type '\(name)' in scope", at: span)
    case .array(let element): return .array(try staticType(element, at: span))
    case .dictionary(let key, let value): return .dictionary(try staticType(key, at: span), try staticType(value, at: span))
    case .optional(let wrapped): return .optional(try staticType(wrapped, at: span))
    case .tuple(let elements, let labels):
      return .tuple(try elements.map { try staticType($0, at: span) }, labels: labels.contains { $0 != nil } ? labels : nil)
    case .function(let parameters, let result):
      return .function(try parameters.map { try staticType($0, at: span) }, try staticType(result, at: span))
    }
  }
}
