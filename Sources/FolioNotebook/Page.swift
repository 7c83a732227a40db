/// A run laid out for reading: what a rendered notebook shows, in order, before it becomes
/// markdown or HTML. Cell options are applied here (echo, output, fig-cap), so both formats
/// show the same things.
public struct Page {
  /// One thing the reader sees.
  public enum Part {
    /// Markdown prose, as written in the notebook.
    case prose(String)
    /// Folio's note at the top that a cell failed.
    case banner(String)
    /// A cell's code, between its fence lines as written.
    case code(opening: String, source: String, closing: String)
    /// Printed text; `volatile` when the cell says it changes from run to run.
    case output(String, volatile: Bool)
    /// Printed text too long to show whole: its first and last lines, and the whole text,
    /// which is saved as `file` in the `NAME_files` folder.
    case truncated(head: String, omitted: Int, tail: String, file: String, full: String, volatile: Bool)
    /// A figure, saved as `file` in the `NAME_files` folder.
    case image(file: String, png: [UInt8], caption: String?)
    /// The error that stopped a cell.
    case error(String)
  }

  /// The notebook's title from its front matter.
  public var title: String?
  /// The front matter as written, shown at the top of the markdown only.
  public var frontMatter: String?
  /// What the reader sees, in order.
  public var parts: [Part] = []

  /// Outputs longer than this many lines are shown as their head and tail.
  static let maximumLines = 60
  static let headLines = 30
  static let tailLines = 10

  /// Lays out a run.
  init(_ result: NotebookRunner.Result) {
    let notebook = result.notebook
    title = notebook.frontMatter?.title
    var blocks = notebook.blocks[...]
    if notebook.frontMatter != nil, case .prose(let text)? = blocks.first {
      frontMatter = text
      blocks = blocks.dropFirst()
    }
    if let failure = result.failure {
      parts.append(.banner(result.continuedPastFailure
        ? "cell \(failure.cell) failed, \(failure.location): \(failure.message); the cells after it ran because of --allow-errors"
        : "this notebook stopped at cell \(failure.cell), \(failure.location): \(failure.message)"))
    }
    var index = 0
    for block in blocks {
      switch block {
      case .prose(let text):
        parts.append(.prose(text))
      case .code(let cell):
        let output = result.outputs[index]
        index += 1
        if cell.options.echo {
          parts.append(.code(opening: cell.openingFence, source: cell.source, closing: cell.closingFence))
        }
        if cell.options.output { add(output.items, of: cell) }
        if let error = output.error { parts.append(.error(error)) }
      }
    }
  }

  /// Adds a cell's output; its files are named from the cell's id, as knitr names them from
  /// its labels: `ID-1.png`, `ID-2.png`, and `ID.txt` for truncated text.
  private mutating func add(_ items: [CellOutput.Item], of cell: Cell) {
    var figures = 0
    var texts = 0
    for item in items {
      switch item {
      case .text(let text):
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // A final newline does not start another line.
        let count = text.hasSuffix("\n") ? lines.count - 1 : lines.count
        guard count > Self.maximumLines else {
          parts.append(.output(text, volatile: cell.options.volatile))
          continue
        }
        texts += 1
        let file = "\(cell.id)\(texts == 1 ? "" : "-\(texts)").txt"
        parts.append(.truncated(
          head: lines.prefix(Self.headLines).joined(separator: "\n") + "\n", omitted: count - Self.headLines - Self.tailLines,
          tail: lines[(count - Self.tailLines)..<count].joined(separator: "\n") + "\n", file: file, full: text,
          volatile: cell.options.volatile))
      case .image(let image):
        figures += 1
        parts.append(.image(file: "\(cell.id)-\(figures).png", png: image.png, caption: cell.options.figureCaption))
      }
    }
  }
}
