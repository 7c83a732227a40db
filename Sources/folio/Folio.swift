import ArgumentParser

/// The `folio` command: run notebooks and scripts.
@main
struct Folio: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "folio",
    abstract: "Run markdown notebooks whose ```swift cells execute against Folio's engine.",
    discussion: """
      Notebooks are markdown files; each ```swift fence is a cell. All cells of a notebook share \
      one session, so values persist from cell to cell. Outputs go to OUTPUT/NAME.md with \
      figures in OUTPUT/NAME_files/ and a record of the run in OUTPUT/NAME.run.json.

      Exit codes: 0 success, 1 a cell failed, 2 a cell timed out, 3 a notebook or its options \
      are malformed, 4 the command line is wrong.
      """,
    subcommands: [Run.self, Check.self, Script.self])

  /// Runs the command, exiting 4 rather than ArgumentParser's 64 when the command line is
  /// wrong, so each exit code means one thing.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
      Terminal.error(fullMessage(for: error) + "\n")
      exit(withError: ExitCode(Outcome.usage.rawValue))
    }
  }
}
