/// Writes a run's outputs into an output folder: `NAME.md` with `NAME_files/*.png` and
/// `*.txt`, or `NAME.html`, and `NAME.run.json`. Every file is written atomically.
public struct OutputWriter {
  /// The folder outputs go in.
  public let directory: String

  /// Creates a writer for `directory`.
  public init(directory: String) { self.directory = directory }

  /// Writes the markdown and its files, and removes files a previous run left in
  /// `NAME_files` that this run no longer makes. Returns the markdown's path.
  @discardableResult
  public func write(_ rendered: NotebookRenderer.Rendered, name: String) throws -> String {
    try FileSystem.makeDirectory(directory)
    let folder = "\(directory)/\(name)_files"
    let files = rendered.images.map { ($0.name, $0.png) } + rendered.texts.map { ($0.name, Array($0.text.utf8)) }
    if !files.isEmpty { try FileSystem.makeDirectory(folder) }
    for (file, bytes) in files {
      try FileSystem.writeAtomically(bytes, to: "\(folder)/\(file)")
    }
    if FileSystem.isDirectory(folder) {
      let current = Set(files.map(\.0))
      for stale in try FileSystem.contents(of: folder)
      where (stale.hasSuffix(".png") || stale.hasSuffix(".txt")) && !current.contains(stale) {
        try FileSystem.remove("\(folder)/\(stale)")
      }
    }
    return try write(rendered.markdown, to: "\(name).md")
  }

  /// Writes a self-contained HTML page; returns its path.
  @discardableResult
  public func writeHTML(_ html: String, name: String) throws -> String {
    try FileSystem.makeDirectory(directory)
    return try write(html, to: "\(name).html")
  }

  /// Writes the run's record, `NAME.run.json`.
  public func write(_ record: RunRecord, name: String) throws {
    try FileSystem.makeDirectory(directory)
    try FileSystem.writeAtomically(record.encoded(), to: recordPath(name))
  }

  /// The record a previous run left, if there is a readable one.
  public func previousRecord(name: String) -> RunRecord? {
    (try? FileSystem.read(recordPath(name))).flatMap(RunRecord.decoded)
  }

  private func recordPath(_ name: String) -> String { "\(directory)/\(name).run.json" }

  private func write(_ text: String, to file: String) throws -> String {
    let path = "\(directory)/\(file)"
    try FileSystem.writeAtomically(Array(text.utf8), to: path)
    return path
  }
}
