/// A long-lived interpreter session: compile cells, then run them one after another.
///
/// Variables persist across cells, as in a Jupyter kernel. Compiling (lexing, parsing and
/// resolving) is separate from running so that a notebook can compile every cell before
/// running the first.
public final class Session {
  /// Every source file compiled in this session; diagnostics' spans index it.
  public let sources = SourceMap()
  /// The running state.
  public let interpreter: Interpreter
  private let resolver: Resolver

  /// Creates a session whose cells see the built-in functions plus the host's `globals`.
  ///
  /// `implicitMembers` are the host's enumeration cases that cells may write as `.name`
  /// where the expected type is an engine type the resolver cannot see into, as in
  /// `Tensor.zeros([2], dtype: .float64)`.
  public init(output: OutputSink, globals: [String: Value] = [:], implicitMembers: [String: Value] = [:]) {
    interpreter = Interpreter(output: output)
    interpreter.implicitMembers = implicitMembers
    resolver = Resolver(builtins: Builtins.all.merging(globals) { _, host in host })
  }

  /// Members the host gives every cell type declaring conformance to a name (`class Net:
  /// Module` gains `parameters()`); see `Interpreter.protocolExtensions`.
  public var protocolExtensions: [String: HostType] {
    get { interpreter.protocolExtensions }
    set {
      interpreter.protocolExtensions = newValue
      resolver.protocolExtensionNames = Set(newValue.keys)
    }
  }

  /// Renders diagnostics of this session's sources.
  public var renderer: DiagnosticRenderer { DiagnosticRenderer(sources: sources) }

  /// Lexes, parses and resolves one cell; a cell with diagnostics must not be run.
  public func compile(_ source: SourceFile) -> CompiledCell {
    // Parsing and resolving recurse once per nesting level of the source.
    LargeStack.run { compileOnThisThread(source) }
  }

  private func compileOnThisThread(_ source: SourceFile) -> CompiledCell {
    let file = sources.add(source)
    var lexer = Lexer(source, file: file)
    let tokens = lexer.tokenize()
    var parser = Parser(tokens: tokens)
    let statements = parser.parseCell()
    var diagnostics = lexer.diagnostics + parser.diagnostics
    // Resolve even after syntax errors, so that undefined names are reported in the same run.
    let nodes = resolver.resolveCell(statements)
    diagnostics += resolver.takeDiagnostics()
    return CompiledCell(source: source, file: file, nodes: nodes, diagnostics: diagnostics)
  }

  /// Runs a compiled cell and returns the value of its last expression, if it has one.
  ///
  /// Every error comes out as a diagnostic with a location: nodes locate the errors they
  /// raise, and anything else is placed at the start of the cell.
  public func run(_ cell: CompiledCell) throws(Diagnostic) -> Value? {
    precondition(cell.diagnostics.isEmpty, "a cell with diagnostics cannot run")
    interpreter.reserve(resolver.globalCount)
    let value: Value?
    do {
      value = try execute(cell)
    } catch {
      // A failed cell still shows what it drew before the error, as Jupyter does.
      try? cellFinished?()
      throw error
    }
    do {
      try cellFinished?()
    } catch {
      throw Diagnostic(.runtime, String(describing: error), at: SourceSpan(file: cell.file, start: 0, end: 0))
    }
    return value
  }

  /// Called after every cell, whether it succeeded or not: the engine shows the figures the
  /// cell left open, as Jupyter's inline backend does.
  public var cellFinished: (() throws -> Void)?

  private func execute(_ cell: CompiledCell) throws(Diagnostic) -> Value? {
    do {
      return try LargeStack.run { try interpreter.run(cell.nodes) }
    } catch let diagnostic as Diagnostic {
      throw diagnostic
    } catch let thrown as ThrownError {
      let shown = thrown.value.debugDescription
      throw Diagnostic(.runtime, "error thrown and not caught: \(shown); handle it with do/catch or try?", at: thrown.span)
    } catch {
      throw Diagnostic(.runtime, String(describing: error), at: SourceSpan(file: cell.file, start: 0, end: 0))
    }
  }
}

/// A cell ready to run, or the diagnostics that stop it from running.
public struct CompiledCell {
  /// The cell's source.
  public let source: SourceFile
  /// The cell's number in the session's source map.
  let file: Int
  let nodes: [StmtNode]
  /// Syntax and name errors; empty when the cell can run.
  public let diagnostics: [Diagnostic]
}
