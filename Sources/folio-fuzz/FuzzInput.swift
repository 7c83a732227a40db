#if canImport(FolioNotebook)
  // The SwiftPM build sees the targets as modules; scripts/fuzz.sh compiles their sources
  // into this one module instead, so there is nothing to import there.
  import FolioNotebook
  import FolioScript
#endif

/// One fuzz input through everything that reads untrusted text before a cell runs: the
/// notebook reader, then the lexer, parser and resolver on the whole input and on every cell,
/// with each diagnostic rendered (which indexes the source by the diagnostic's span).
///
/// Nothing is run: an input is a program, and a program may loop forever.
enum FuzzInput {
  static func check(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    compile(text, firstLine: 1, cell: nil)
    guard let notebook = try? NotebookReader.read(bytes, path: "fuzz.md") else { return }
    for cell in notebook.cells {
      compile(cell.source, firstLine: cell.firstLine, cell: cell.number)
    }
  }

  private static func compile(_ text: String, firstLine: Int, cell: Int?) {
    let session = Session(output: DiscardedOutput())
    let compiled = session.compile(SourceFile(path: "fuzz.md", text: text, firstLine: firstLine, cell: cell))
    let renderer = session.renderer
    for diagnostic in compiled.diagnostics {
      _ = renderer.render(diagnostic)
    }
  }
}
