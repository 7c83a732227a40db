import Glibc

/// `folio-bench`: the speed figures the issues name, measured in release builds.
///
///     folio-bench language    the cell language against CPython
let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "language":
  do {
    try LanguageBenchmark.run()
  } catch {
    print("benchmark failed: \(error)")
    exit(1)
  }
default:
  print("usage: folio-bench language")
  exit(arguments.isEmpty ? 0 : 2)
}
