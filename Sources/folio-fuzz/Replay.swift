import Foundation

/// Replays fuzz inputs without libFuzzer: `folio-fuzz FILE...` checks each file, and with no
/// arguments checks standard input. A crash found by `scripts/fuzz.sh` reproduces under a
/// debugger or in a normal build this way.
@main
enum Replay {
  static func main() throws {
    let paths = CommandLine.arguments.dropFirst()
    if paths.isEmpty {
      FuzzInput.check(Array(FileHandle.standardInput.readDataToEndOfFile()))
      return
    }
    for path in paths {
      FuzzInput.check(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
      print("ok: \(path)")
    }
  }
}
