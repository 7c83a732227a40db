import FolioLibrary
import FolioScript

/// Runs a notebook's cells in one session and collects each cell's output.
public struct NotebookRunner {
  /// The outcome of a run.
  public struct Result {
    /// The notebook that ran.
    public var notebook: Notebook
    /// One output per code cell, in the order of `notebook.cells`.
    public var outputs: [CellOutput]
    /// The cell that stopped the run and the location of its error (`FILE:LINE:COL`), or nil
    /// when every cell succeeded.
    public var failure: (cell: Int, location: String, message: String)?
  }

  /// Creates a runner.
  public init() {}

  /// Compiles every cell, then runs them in order, stopping at the first error.
  ///
  /// Compilation comes first so that syntax and name errors anywhere are reported before any
  /// cell runs; the outputs of cells that ran before a runtime error are kept.
  public func run(_ notebook: Notebook) -> Result {
    let recorder = CellRecorder()
    let session = Library.makeSession(output: recorder)
    let renderer = session.renderer
    let cells = notebook.cells
    var outputs = [CellOutput](repeating: CellOutput(), count: cells.count)
    var failure: (cell: Int, location: String, message: String)?

    // Cells with `eval: false` are neither compiled nor run.
    let compiled = cells.map { cell in
      cell.options.eval ? session.compile(SourceFile(
        path: notebook.path, text: cell.source, firstLine: cell.firstLine, cell: cell.isInjected ? nil : cell.number)) : nil
    }
    for (index, cell) in compiled.enumerated() {
      guard let cell, !cell.diagnostics.isEmpty else { continue }
      outputs[index].error = renderer.render(cell.diagnostics)
      if failure == nil, let first = cell.diagnostics.first {
        failure = (cells[index].number, renderer.location(first.span), first.message)
      }
    }
    if failure != nil { return Result(notebook: notebook, outputs: outputs, failure: failure) }

    for (index, cell) in compiled.enumerated() {
      guard let cell else { continue }
      do {
        let value = try session.run(cell)
        if let value { recorder.write(value.description + "\n") }
        outputs[index] = recorder.take()
        outputs[index].ran = true
      } catch {
        outputs[index] = recorder.take()
        outputs[index].ran = true
        outputs[index].error = renderer.render(error)
        failure = (cells[index].number, renderer.location(error.span), error.message)
        break
      }
    }
    return Result(notebook: notebook, outputs: outputs, failure: failure)
  }
}
