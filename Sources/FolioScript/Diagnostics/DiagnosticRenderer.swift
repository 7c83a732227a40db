/// Turns diagnostics into the text users read: a location line, the source line and a caret.
///
///     notebooks/hello.md:14:9 [cell 2]: error: cannot find 'foo' in scope
///        14 | let y = foo + 1
///           |         ^~~
public struct DiagnosticRenderer {
  private let sources: SourceMap

  /// Creates a renderer that looks spans up in `sources`.
  public init(sources: SourceMap) { self.sources = sources }

  /// The location of a span: `FILE:LINE:COL`.
  public func location(_ span: SourceSpan) -> String {
    let file = sources[span]
    let (line, column) = file.location(of: span.start)
    return "\(file.path):\(line):\(column)"
  }

  /// The full rendering of one diagnostic, ending with a newline.
  public func render(_ diagnostic: Diagnostic) -> String {
    let span = diagnostic.span
    let file = sources[span]
    let (line, column) = file.location(of: span.start)
    let source = file.lineText(containing: span.start)
    let gutter = String(line)
    let pad = String(repeating: " ", count: gutter.count)

    // Underline the rest of the span on this line; tabs are kept so the caret lines up.
    let prefix = source.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
    let (endLine, endColumn) = file.location(of: max(span.end, span.start))
    let width = endLine == line ? max(endColumn - column, 1) : max(source.count - column + 1, 1)
    let marker = "^" + String(repeating: "~", count: width - 1)

    let cell = file.cell.map { " [cell \($0)]" } ?? ""
    return """
      \(location(span))\(cell): error: \(diagnostic.message)
      \(pad) \(gutter) | \(source)
      \(pad) \(pad) | \(prefix)\(marker)

      """
  }

  /// The renderings of several diagnostics, in source order.
  public func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.sorted { ($0.span.file, $0.span.start) < ($1.span.file, $1.span.start) }
      .map(render).joined()
  }
}
