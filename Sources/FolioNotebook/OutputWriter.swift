/// Writes a rendered notebook into an output folder: `NAME.md` and `NAME_files/*.png`.
public struct OutputWriter {
  /// The folder outputs go in.
  public let directory: String

  /// Creates a writer for `directory`.
  public init(directory: String) { self.directory = directory }

  /// Writes the markdown and its images, each atomically, and removes images a previous run
  /// left in `NAME_files` that this run no longer makes. Returns the markdown's path.
  @discardableResult
  public func write(_ rendered: NotebookRenderer.Rendered, name: String) throws -> String {
    try FileSystem.makeDirectory(directory)
    let folder = "\(directory)/\(name)_files"
    if !rendered.images.isEmpty { try FileSystem.makeDirectory(folder) }
    for image in rendered.images {
      try FileSystem.writeAtomically(image.png, to: "\(folder)/\(image.name)")
    }
    if FileSystem.isDirectory(folder) {
      let current = Set(rendered.images.map(\.name))
      for stale in try FileSystem.contents(of: folder) where stale.hasSuffix(".png") && !current.contains(stale) {
        try FileSystem.remove("\(folder)/\(stale)")
      }
    }
    let path = "\(directory)/\(name).md"
    try FileSystem.writeAtomically(Array(rendered.markdown.utf8), to: path)
    return path
  }
}
