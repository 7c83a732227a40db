import ArgumentParser

/// The `folio` command: run notebooks and scripts.
@main
struct Folio: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "folio",
    abstract: "Run markdown notebooks whose ```swift cells execute against Folio's engine.",
    discussion: """
      Notebooks are markdown files; each ```swift fence is a cell. All cells share one session, \
      so values persist from cell to cell. Outputs go to OUTPUT/NAME.md with figures in \
      OUTPUT/NAME_files/.
      """,
    subcommands: [Run.self, Script.self])
}
