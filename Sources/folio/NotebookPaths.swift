import ArgumentParser
import FolioNotebook

/// The notebooks the command line names.
enum NotebookPaths {
  /// Rejects a path that does not exist, as a usage error while the command line is parsed.
  static func validate(_ paths: [String]) throws {
    for path in paths where !FileSystem.exists(path) { throw ValidationError("'\(path)' does not exist") }
  }

  /// Each path as given, or the sorted .md files of a folder.
  static func expand(_ paths: [String]) throws -> [String] {
    var notebooks: [String] = []
    for path in paths {
      guard FileSystem.isDirectory(path) else {
        notebooks.append(path)
        continue
      }
      let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
      notebooks += try FileSystem.contents(of: folder).filter { $0.hasSuffix(".md") }.map { "\(folder)/\($0)" }
    }
    guard !notebooks.isEmpty else {
      Terminal.error("error: no notebooks (.md files) in \(paths.joined(separator: ", "))\n")
      throw ExitCode(Outcome.usage.rawValue)
    }
    return notebooks
  }
}
