import FolioLibrary
import FolioScript
import Foundation

/// Runs a notebook's cells in one session and collects each cell's output.
public struct NotebookRunner {
  /// Settings that come from the command line rather than the notebook.
  public struct Settings {
    /// Seconds a cell may run when neither it nor the front matter sets a timeout.
    public var timeout: Double?
    /// Whether to run every cell even after one fails or times out.
    public var allowErrors = false

    /// Creates settings.
    public init(timeout: Double? = nil, allowErrors: Bool = false) {
      self.timeout = timeout
      self.allowErrors = allowErrors
    }
  }

  /// The first error that counts against the run (not one `error: expected` allowed).
  public struct Failure {
    /// The cell's number in the notebook.
    public var cell: Int
    /// Where the error is, as `FILE:LINE:COL`.
    public var location: String
    /// The error's message.
    public var message: String
    /// Whether the cell ran past its timeout rather than failing.
    public var timedOut: Bool
  }

  /// The outcome of a run.
  public struct Result {
    /// The notebook that ran.
    public var notebook: Notebook
    /// One output per code cell, in the order of `notebook.cells`.
    public var outputs: [CellOutput]
    /// The first error that counts against the run, or nil when there is none.
    public var failure: Failure?
    /// Whether later cells still ran after `failure` (`--allow-errors`).
    public var continuedPastFailure = false
  }

  private let settings: Settings
  private let observer: RunObserver?

  /// Creates a runner; `observer` hears when each cell starts and ends.
  public init(settings: Settings = Settings(), observer: RunObserver? = nil) {
    self.settings = settings
    self.observer = observer
  }

  /// Compiles every cell, then runs them in order, stopping at the first error that counts.
  ///
  /// Compilation comes first so that syntax and name errors anywhere are reported before any
  /// cell runs; the outputs of cells that ran before an error are kept.
  public func run(_ notebook: Notebook) -> Result {
    let recorder = CellRecorder()
    let session = Library.makeSession(output: recorder)
    let renderer = session.renderer
    let cells = notebook.cells
    var result = Result(notebook: notebook, outputs: [CellOutput](repeating: CellOutput(), count: cells.count))

    // Cells with `eval: false` are neither compiled nor run.
    let compiled = cells.map { cell in cell.options.eval ? session.compile(Self.source(of: cell, in: notebook)) : nil }
    for (index, cell) in compiled.enumerated() {
      guard let cell else {
        result.outputs[index].status = .skipped
        continue
      }
      guard let first = cell.diagnostics.first else { continue }
      result.outputs[index].error = renderer.render(cell.diagnostics)
      result.outputs[index].status = cells[index].options.error == .expected ? .expectedError : .failed
      if result.outputs[index].status == .failed && result.failure == nil {
        result.failure = Failure(
          cell: cells[index].number, location: renderer.location(first.span), message: first.message, timedOut: false)
      }
    }
    if result.failure != nil && !settings.allowErrors { return result }

    for (index, cell) in compiled.enumerated() {
      guard let cell, cell.diagnostics.isEmpty else { continue }
      observer?.cellStarted(cells[index], position: index + 1, of: cells.count)
      var output = run(cell, options: cells[index].options, in: session, recorder: recorder)
      if case .failure(let error) = output.outcome {
        let timedOut = output.output.status == .timedOut
        output.output.error = renderer.render(error)
        if output.output.status != .expectedError && result.failure == nil {
          result.failure = Failure(
            cell: cells[index].number, location: renderer.location(error.span), message: error.message, timedOut: timedOut)
        }
      }
      result.outputs[index] = output.output
      observer?.cellFinished(cells[index], output: output.output)
      if let failure = result.failure, failure.cell == cells[index].number, !settings.allowErrors { break }
    }
    result.continuedPastFailure = settings.allowErrors && result.failure != nil
    return result
  }

  /// Compiles every cell without running any, and returns the rendered errors of cells whose
  /// failure would count against a run (`folio check`).
  public func compileErrors(_ notebook: Notebook) -> [String] {
    let session = Library.makeSession(output: CellRecorder())
    return notebook.cells.compactMap { cell in
      guard cell.options.eval, cell.options.error != .expected else { return nil }
      let compiled = session.compile(Self.source(of: cell, in: notebook))
      return compiled.diagnostics.isEmpty ? nil : session.renderer.render(compiled.diagnostics)
    }
  }

  /// Runs one compiled cell under its timeout and measures it.
  private func run(
    _ cell: CompiledCell, options: CellOptions, in session: Session, recorder: CellRecorder
  ) -> (output: CellOutput, outcome: Swift.Result<Void, Diagnostic>) {
    // fig-width, fig-height and fig-dpi size the figure plot(...) makes in this cell.
    let standard = (FigureDefaults.width, FigureDefaults.height, FigureDefaults.dpi)
    FigureDefaults.width = options.figureWidth ?? standard.0
    FigureDefaults.height = options.figureHeight ?? standard.1
    FigureDefaults.dpi = options.figureDPI ?? standard.2
    defer { (FigureDefaults.width, FigureDefaults.height, FigureDefaults.dpi) = standard }
    let memoryBefore = Self.peakMemoryKiB()
    let start = DispatchTime.now().uptimeNanoseconds
    let timeout = options.timeout ?? settings.timeout
    let watchdog = timeout.map { Watchdog(seconds: $0) { session.interpreter.interrupt() } }
    var outcome: Swift.Result<Void, Diagnostic>
    do {
      let value = try session.run(cell)
      if let value { recorder.write(value.description + "\n") }
      outcome = .success(())
    } catch {
      outcome = .failure(error)
    }
    let fired = watchdog?.cancel() ?? false
    var output = recorder.take()
    output.duration = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    output.peakMemoryKiB = Self.peakMemoryKiB()
    output.peakMemoryGrowthKiB = output.peakMemoryKiB - memoryBefore
    switch outcome {
    case .success:
      output.status = .ok
      // The watchdog fired just as the cell finished: the cell completed, but the interrupt
      // it requested is still pending and would stop the next cell at its first loop.
      if fired { Self.clearInterrupt(in: session) }
    case .failure(let error) where fired:
      output.status = .timedOut
      let limit = timeout.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? ""
      outcome = .failure(Diagnostic(.runtime, "the cell timed out after \(limit) s and was interrupted here", at: error.span))
    case .failure:
      output.status = options.error == .expected ? .expectedError : .failed
    }
    return (output, outcome)
  }

  /// A cell's code as the session compiles it, placed at its line of the notebook.
  private static func source(of cell: Cell, in notebook: Notebook) -> SourceFile {
    SourceFile(path: notebook.path, text: cell.source, firstLine: cell.firstLine, cell: cell.isInjected ? nil : cell.number)
  }

  /// Consumes a pending interrupt by running a cell with one loop iteration, the point at
  /// which the interpreter checks for (and clears) an interrupt request.
  private static func clearInterrupt(in session: Session) {
    let drain = session.compile(SourceFile(path: "<folio>", text: "repeat {} while false\n"))
    _ = try? session.run(drain)
  }

  /// The process's peak resident set size so far, in KiB.
  private static func peakMemoryKiB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
  }
}

/// Hears about a run as it happens, for progress displays.
public protocol RunObserver: AnyObject {
  /// A cell is about to run; `position` counts all code cells, from 1.
  func cellStarted(_ cell: Cell, position: Int, of count: Int)
  /// A cell has finished, with what it produced.
  func cellFinished(_ cell: Cell, output: CellOutput)
}
