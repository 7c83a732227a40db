/// Turns a run into the markdown a reader opens, in nbconvert's layout: the prose as written,
/// every shown cell's code, its printed output in a `text` fence, and its figures as images
/// in the `NAME_files` folder beside it.
///
/// The markdown holds no timings or dates, so the same notebook and seed render the same
/// bytes every time.
public struct NotebookRenderer {
  /// A rendered notebook: the markdown and the files it links to.
  public struct Rendered {
    /// The markdown text.
    public var markdown: String
    /// Image files to write beside it, by file name inside the `NAME_files` folder.
    public var images: [(name: String, png: [UInt8])]
    /// The whole text of truncated outputs, by file name inside the `NAME_files` folder.
    public var texts: [(name: String, text: String)]

    /// Creates a rendered notebook from its markdown and files.
    public init(markdown: String, images: [(name: String, png: [UInt8])], texts: [(name: String, text: String)] = []) {
      self.markdown = markdown
      self.images = images
      self.texts = texts
    }
  }

  /// The folder name images go in, relative to the markdown: `NAME_files`.
  public let imageFolder: String

  /// Creates a renderer for a notebook whose output is called `name` (without extension).
  public init(name: String) { self.imageFolder = "\(name)_files" }

  /// Lays out a run without rendering it, for other formats.
  public func page(_ result: NotebookRunner.Result) -> Page { Page(result) }

  /// Renders a run.
  public func render(_ result: NotebookRunner.Result) -> Rendered {
    let page = page(result)
    var rendered = Rendered(markdown: page.frontMatter ?? "", images: [])
    for part in page.parts {
      switch part {
      case .prose(let text):
        rendered.markdown += text
      case .banner(let text):
        rendered.markdown += "> **Folio:** \(text)\n\n"
      case .code(let opening, let source, let closing):
        rendered.markdown += opening + source + closing
        if !closing.hasSuffix("\n") { rendered.markdown += "\n" }
      case .output(let text, let volatile):
        rendered.markdown += Self.separated(after: rendered.markdown, Self.fenced(text, volatile: volatile))
      case .truncated(let head, let omitted, let tail, let file, let full, let volatile):
        let shown = head + "… \(omitted) lines omitted …\n" + tail
        rendered.markdown += Self.separated(after: rendered.markdown, Self.fenced(shown, volatile: volatile) + "\n[Full output](\(imageFolder)/\(file))\n")
        rendered.texts.append((file, full))
      case .image(let file, let png, let caption):
        let alt = String((caption ?? "").flatMap { "[]".contains($0) ? ["\\", $0] : [$0] })
        rendered.markdown += Self.separated(after: rendered.markdown, "![\(alt)](\(imageFolder)/\(file))\n")
        rendered.images.append((file, png))
      case .error(let text):
        rendered.markdown += Self.separated(after: rendered.markdown, Self.fenced(text, volatile: false))
      }
    }
    return rendered
  }

  /// `block` with a blank line before it, unless `markdown` already ends with one.
  private static func separated(after markdown: String, _ block: String) -> String {
    markdown.isEmpty || markdown.hasSuffix("\n\n") ? block : "\n" + block
  }

  /// The info string of the fence around a volatile cell's output, which `--check` skips.
  static let volatileInfo = "text volatile"

  /// A text fence around `text`, longer than any backtick run inside it so output can never
  /// close the fence early.
  static func fenced(_ text: String, volatile: Bool) -> String {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: max(3, longest + 1))
    let body = text.hasSuffix("\n") ? text : text + "\n"
    return "\(fence)\(volatile ? volatileInfo : "text")\n\(body)\(fence)\n"
  }
}
