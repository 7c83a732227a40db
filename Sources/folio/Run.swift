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

  func validate() throws {
    if let timeout, !(timeout > 0) { throw ValidationError("--timeout must be a number of seconds above 0") }
  }

  func run() throws {
    let notebooks = try paths.flatMap(expand)
    guard !notebooks.isEmpty else {
      throw ValidationError("no notebooks found in \(paths.joined(separator: ", "))")
    }
    var worst = Outcome.success
    for (index, path) in notebooks.enumerated() {
      let progress = "[\(index + 1)/\(notebooks.count)] \(path)"
      do {
        let (notebook, _, unknown) = try NotebookReader.read(try FileSystem.read(path), path: path)
          .settingParameters(parameter.map(\.pair))
        for name in unknown { Terminal.status("\(path): warning: the notebook has no parameter '\(name)'") }
        let settings = NotebookRunner.Settings(timeout: timeout, allowErrors: allowErrors)
        let result = NotebookRunner(settings: settings).run(notebook)
        let name = stem(of: path)
        let written = try OutputWriter(directory: output).write(NotebookRenderer(name: name).render(result), name: name)
        if let failure = result.failure, !allowErrors {
          worst = max(worst, failure.timedOut ? .timedOut : .failed)
          Terminal.status("\(progress) -> \(written) (stopped by an error)")
          for output in result.outputs where output.status == .failed || output.status == .timedOut {
            Terminal.error(output.error ?? "")
          }
        } else {
          Terminal.status("\(progress) -> \(written)")
        }
      } catch let error as NotebookError {
        worst = max(worst, .malformed)
        Terminal.error("\(error)\n")
      } catch {
        worst = max(worst, .failed)
        Terminal.error("\(error)\n")
      }
    }
    if worst != .success { throw ExitCode(worst.rawValue) }
  }

  /// A notebook path as given, or the sorted .md files of a folder.
  private func expand(_ path: String) throws -> [String] {
    guard FileSystem.isDirectory(path) else { return [path] }
    let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
    return try FileSystem.contents(of: folder).filter { $0.hasSuffix(".md") }.map { "\(folder)/\($0)" }
  }

  private func stem(of path: String) -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    return file.hasSuffix(".md") ? String(file.dropLast(3)) : file
  }
}
