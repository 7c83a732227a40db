import ArgumentParser
import FolioNotebook
import Foundation

/// `folio run`: execute notebooks and write their rendered outputs.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run notebooks and write their outputs: rendered markdown (or HTML), figures and a run record.",
    discussion: """
      Each notebook runs in a session of its own. For lecture2.md, Folio writes OUTPUT/lecture2.md \
      (prose, code, printed output and figures), OUTPUT/lecture2_files/ (figures as LABEL-1.png, \
      long outputs whole as LABEL.txt) and OUTPUT/lecture2.run.json (each cell's status, time \
      and peak memory). The notebook itself is never modified.

      Cell options, as `//| key: value` lines at the top of a cell or front-matter defaults \
      under `options:`: label, echo, output, eval, error (expected), timeout, fig-cap, \
      fig-width, fig-height, fig-dpi, parameters, volatile. A cell's `//| timeout:` wins over \
      the front matter's, which wins over --timeout.

      Examples:
        folio run notebooks/
            Runs every notebook in notebooks/ into output/.
        folio run lecture2.md -p epochs=5
            Overrides a parameter; 5 must have the type of its default.
        folio run notebooks/ -j 2 --changed
            Runs two at a time, skipping notebooks whose outputs are current.
        folio run notebooks/ --check
            Re-runs every notebook and diffs the result against output/*.md.
        folio run lecture2.md --to html -o site
            Writes site/lecture2.html, one page with its figures inside.

      Exit codes: 0 success, 1 a cell failed (or --check found a difference), 2 a cell timed \
      out, 3 a notebook or its options are malformed, 4 the command line is wrong. With \
      several notebooks the largest code wins.
      """)

  @Argument(help: "Notebook files (.md), or folders whose .md files are all run.")
  var paths: [String]

  @Option(name: .shortAndLong, help: ArgumentHelp("The folder outputs are written to.", valueName: "folder"))
  var output: String = "output"

  @Option(name: .short, help: ArgumentHelp(
    "Sets a parameter declared in the front matter or the `//| parameters` cell; the value must have the default's type.",
    valueName: "name=value"))
  var parameter: [ParameterAssignment] = []

  @Option(name: .short, help: ArgumentHelp("Runs this many notebooks at once, each in its own process.", valueName: "jobs"))
  var jobs = 1

  @Option(help: ArgumentHelp("Seconds a cell may run unless it or the front matter sets a timeout.", valueName: "seconds"))
  var timeout: Double?

  @Flag(help: "Runs every cell even after one fails or times out, and exits 0 (as papermill does).")
  var allowErrors = false

  @Flag(help: "Skips notebooks whose source, parameters and Folio version match their last successful run.")
  var changed = false

  @Flag(help: "Re-runs and diffs against the committed OUTPUT/NAME.md instead of writing; exits 1 on a difference.")
  var check = false

  @Option(name: .customLong("to"), help: ArgumentHelp("The output format: md, or html for one self-contained page.", valueName: "format"))
  var format: NotebookJob.Format = .md

  /// Set in the child processes of `-j`: this notebook's place in the whole run, "3/17".
  @Option(help: .private)
  var worker: String?

  func validate() throws {
    try NotebookPaths.validate(paths)
    if let timeout, !(timeout > 0) { throw ValidationError("--timeout must be a number of seconds above 0") }
    if jobs < 1 { throw ValidationError("-j must be at least 1") }
    if check && format != .md { throw ValidationError("--check compares markdown; it cannot be used with --to \(format.rawValue)") }
  }

  func run() throws {
    let notebooks = try NotebookPaths.expand(paths)
    var worst = Outcome.success
    if let worker {
      let place = worker.split(separator: "/").compactMap { Int($0) }
      worst = runHere(notebooks[0], index: place.first ?? 1, of: place.last ?? 1, quiet: true)
    } else if jobs > 1 && notebooks.count > 1 {
      worst = try runInWorkers(notebooks)
    } else {
      for (index, path) in notebooks.enumerated() {
        worst = max(worst, runHere(path, index: index + 1, of: notebooks.count, quiet: false))
      }
    }
    if worst != .success { throw ExitCode(worst.rawValue) }
  }

  private var job: NotebookJob {
    var job = NotebookJob(outputDirectory: output)
    job.parameters = parameter.map(\.pair)
    job.settings = .init(timeout: timeout, allowErrors: allowErrors)
    job.format = format
    job.changedOnly = changed
    job.checkAgainstCommitted = check
    return job
  }

  /// Runs one notebook in this process, showing its progress.
  private func runHere(_ path: String, index: Int, of count: Int, quiet: Bool) -> Outcome {
    let start = Date()
    let progress = Progress(notebook: NotebookJob.name(of: path), index: index, of: count, quiet: quiet)
    let report = job.run(path, observer: progress)
    let time = Progress.seconds(Date().timeIntervalSince(start))
    let summary = switch report.outcome {
    case .unchanged: "unchanged, skipped"
    case .differs: "differs from \(output)/\(NotebookJob.name(of: path)).md"
    case .success where check: "matches \(output)/\(NotebookJob.name(of: path)).md, \(time)"
    case .failed: "stopped by an error, \(time)" + (report.written.map { " -> \($0)" } ?? "")
    case .timedOut: "stopped by a timeout, \(time)" + (report.written.map { " -> \($0)" } ?? "")
    case .malformed, .unwritable: "not run"
    case .success: "done, \(time)" + (report.written.map { " -> \($0)" } ?? "")
    }
    progress.finish(summary)
    Terminal.error(report.messages)
    return Outcome(report.outcome)
  }

  /// Runs each notebook in a child process, `jobs` at a time, printing each child's output
  /// whole when it ends so that notebooks' messages never interleave.
  private func runInWorkers(_ notebooks: [String]) throws -> Outcome {
    var forwarded = ["-o", output, "--to", format.rawValue] + parameter.flatMap { ["-p", "\($0.name)=\($0.value)"] }
    if let timeout { forwarded += ["--timeout", String(timeout)] }
    if allowErrors { forwarded.append("--allow-errors") }
    if changed { forwarded.append("--changed") }
    if check { forwarded.append("--check") }
    let arguments = notebooks.enumerated().map { index, path in
      ["run", path, "--worker", "\(index + 1)/\(notebooks.count)"] + forwarded
    }
    var worst = Outcome.success
    var running: Set<Int> = []
    var done = 0
    func showRunning() {
      guard Terminal.isInteractive, !running.isEmpty else { return }
      let names = running.sorted().map { NotebookJob.name(of: notebooks[$0]) }.joined(separator: ", ")
      Terminal.error("\r\u{1B}[K[\(done)/\(notebooks.count)] running \(names)")
    }
    try Workers.run(arguments, parallel: jobs) { index in
      running.insert(index)
      showRunning()
    } finished: { child in
      running.remove(child.index)
      done += 1
      if Terminal.isInteractive { Terminal.error("\r\u{1B}[K") }
      Terminal.error(String(decoding: child.output, as: UTF8.self))
      worst = max(worst, Outcome(rawValue: child.status) ?? .failed)
      showRunning()
    }
    return worst
  }
}

extension NotebookJob.Format: ExpressibleByArgument {}
