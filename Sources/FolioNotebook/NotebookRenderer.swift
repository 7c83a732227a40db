import FolioScript

/// Turns a run into the markdown a reader opens: the prose as written, every code cell, its
/// printed output in a `text` fence, and its figures as images.
///
/// The markdown holds no timings or dates, so the same notebook and seed render the same
/// bytes every time.
public struct NotebookRenderer {
  /// A rendered notebook: the markdown and the image files it links to.
  public struct Rendered {
    /// The markdown text.
    public var markdown: String
    /// Image files to write beside it, by file name inside the `NAME_files` folder.
    public var images: [(name: String, png: [UInt8])]

    /// Creates a rendered notebook from its markdown and images.
    public init(markdown: String, images: [(name: String, png: [UInt8])]) {
      self.markdown = markdown
      self.images = images
    }
  }

  /// The folder name images go in, relative to the markdown: `NAME_files`.
  public let imageFolder: String

  /// Creates a renderer for a notebook whose output is called `name` (without extension).
  public init(name: String) { self.imageFolder = "\(name)_files" }

  /// Renders a run.
  public func render(_ result: NotebookRunner.Result) -> Rendered {
    var markdown = ""
    var images: [(name: String, png: [UInt8])] = []
    // The banner goes first, but after any front matter, which must stay at the top.
    var blocks = result.notebook.blocks[...]
    if result.notebook.frontMatter != nil, case .prose(let frontMatter)? = blocks.first {
      markdown += frontMatter
      blocks = blocks.dropFirst()
    }
    if let failure = result.failure {
      markdown += result.continuedPastFailure
        ? "> **Folio:** cell \(failure.cell) failed, \(failure.location): \(failure.message); the cells after it ran because of --allow-errors\n\n"
        : "> **Folio:** this notebook stopped at cell \(failure.cell), \(failure.location): \(failure.message)\n\n"
    }
    var index = 0
    for block in blocks {
      switch block {
      case .prose(let text):
        markdown += text
      case .code(let cell):
        markdown += cell.openingFence + cell.source + cell.closingFence
        if !cell.closingFence.hasSuffix("\n") { markdown += "\n" }
        let output = result.outputs[index]
        index += 1
        var figure = 0
        for item in output.items {
          switch item {
          case .text(let text):
            markdown += "\n" + fenced(text)
          case .image(let image):
            figure += 1
            let name = "\(cell.id)-\(figure).png"
            images.append((name, image.png))
            markdown += "\n![](\(imageFolder)/\(name))\n"
          }
        }
        if let error = output.error { markdown += "\n" + fenced(error) }
      }
    }
    return Rendered(markdown: markdown, images: images)
  }

  /// A text fence around `text`, longer than any backtick run inside it so output can never
  /// close the fence early.
  private func fenced(_ text: String) -> String {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: max(3, longest + 1))
    let body = text.hasSuffix("\n") ? text : text + "\n"
    return "\(fence)text\n\(body)\(fence)\n"
  }
}
