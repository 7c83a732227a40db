import ArgumentParser
import FolioNotebook

/// The notebooks the command line names.
enum NotebookPaths {
  /// Each path as given, or the sorted .md files of a folder; a path that does not exist is
  /// a usage error.
  static func expand(_ paths: [String]) throws -> [String] {
    var notebooks: [String] = []
    for path in paths {
      guard FileSystem.exists(path) else { throw ValidationError("'\(path)' does not exist") }
      guard FileSystem.isDirectory(path) else {
        notebooks.append(path)
        continue
      }
      let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
      notebooks += try FileSystem.contents(of: folder).filter { $0.hasSuffix(".md") }.map { "\(folder)/\($0)" }
    }
    guard !notebooks.isEmpty else { throw ValidationError("no notebooks found in \(paths.joined(separator: ", "))") }
    return notebooks
  }
}
