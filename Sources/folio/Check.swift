import ArgumentParser
import FolioNotebook

/// `folio check`: read notebooks and compile their cells without running any.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check notebooks without running them: front matter, options, parameters and every cell's code.",
    discussion: """
      Reads each notebook, applies its options and parameters, then lexes, parses and resolves \
      every cell as `folio run` would before running the first, so misspelled names and syntax \
      errors are reported in seconds. Nothing is executed and nothing is written.

      Exit codes: 0 every notebook is fine, 1 a cell has a syntax or name error, 3 a notebook \
      or its options are malformed, 4 the command line is wrong.
      """)

  @Argument(help: "Notebook files (.md), or folders whose .md files are all checked.")
  var paths: [String]

  @Option(name: .short, help: ArgumentHelp("Sets a parameter, as `folio run -p` does.", valueName: "name=value"))
  var parameter: [ParameterAssignment] = []

  func validate() throws {
    try NotebookPaths.validate(paths)
  }

  func run() throws {
    var worst = Outcome.success
    var job = NotebookJob(outputDirectory: "")
    job.parameters = parameter.map(\.pair)
    let notebooks = try NotebookPaths.expand(paths)
    var problems = 0
    for path in notebooks {
      let report = job.check(path)
      Terminal.error(report.messages)
      worst = max(worst, Outcome(report.outcome))
      if Outcome(report.outcome) != .success { problems += 1 }
    }
    Terminal.status("checked \(notebooks.count) notebook\(notebooks.count == 1 ? "" : "s"): "
      + (problems == 0 ? "no problems" : "\(problems) with problems"))
    if worst != .success { throw ExitCode(worst.rawValue) }
  }
}
