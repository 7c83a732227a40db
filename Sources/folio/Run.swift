import ArgumentParser
import FolioNotebook

/// `folio run`: execute notebooks and write their rendered outputs.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run notebooks and write rendered markdown with their outputs and figures.")

  @Argument(help: "Notebook files (.md), or folders whose .md files are all run.")
  var paths: [String]

  @Option(name: .shortAndLong, help: "The folder outputs are written to.")
  var output: String = "output"

  @Option(name: .short, help: ArgumentHelp("Sets a parameter, overriding its default.", valueName: "name=value"))
  var parameter: [ParameterAssignment] = []

  @Option(help: ArgumentHelp("Seconds a cell may run unless it or the front matter sets a timeout.", valueName: "seconds"))
  var timeout: Double?

  @Flag(help: "Run every cell even after one fails or times out, and exit 0.")
  var allowErrors = false

  @Option(name: .customLong("to"), help: ArgumentHelp("The output format: md, or html for one self-contained page.", valueName: "format"))
  var format: NotebookJob.Format = .md

  func validate() throws {
    if let timeout, !(timeout > 0) { throw ValidationError("--timeout must be a number of seconds above 0") }
  }

  func run() throws {
    let notebooks = try NotebookPaths.expand(paths)
    var job = NotebookJob(outputDirectory: output)
    job.parameters = parameter.map(\.pair)
    job.settings = .init(timeout: timeout, allowErrors: allowErrors)
    job.format = format
    var worst = Outcome.success
    for (index, path) in notebooks.enumerated() {
      let report = job.run(path)
      let progress = "[\(index + 1)/\(notebooks.count)] \(path)"
      Terminal.status(report.written.map { "\(progress) -> \($0)" } ?? progress)
      Terminal.error(report.messages)
      worst = max(worst, Outcome(report.outcome))
    }
    if worst != .success { throw ExitCode(worst.rawValue) }
  }
}

extension NotebookJob.Format: ExpressibleByArgument {}
