import Foundation

/// Turns a run into one self-contained HTML page: the style sheet inline, figures embedded as
/// base64 data URIs, code coloured, prose converted from markdown. The page needs no other
/// file, so it can be mailed or uploaded as it is.
public struct HTMLRenderer {
  /// The page's title when the front matter gives none.
  let name: String
  /// Reads an image the prose links to, by its address, so it can be embedded too.
  let readImage: (String) -> [UInt8]?

  /// Creates a renderer for the notebook called `name`; `readImage` reads images its prose
  /// links to (return nil to leave an address as it is).
  public init(name: String, readImage: @escaping (String) -> [UInt8]? = { _ in nil }) {
    self.name = name
    self.readImage = readImage
  }

  /// The page for a laid-out run.
  public func render(_ page: Page) -> String {
    let markdown = MarkdownHTML { address in
      guard !address.contains(":"), let bytes = readImage(address) else { return address }
      return Self.dataURI(bytes, type: Self.type(of: address))
    }
    var body = ""
    for part in page.parts {
      switch part {
      case .prose(let text):
        body += markdown.html(text)
      case .banner(let text):
        body += "<p class=\"banner\"><strong>Folio:</strong> \(HTML.escape(text))</p>\n"
      case .code(_, let source, _):
        body += "<pre class=\"code\"><code>\(SwiftHighlighter.html(String(source.trimmingTrailingNewlines())))</code></pre>\n"
      case .output(let text, _):
        body += "<pre class=\"output\">\(HTML.escape(text.trimmingTrailingNewlines()))</pre>\n"
      case .truncated(let head, let omitted, let tail, _, let full, _):
        body += "<pre class=\"output\">\(HTML.escape(head))<span class=\"omitted\">… \(omitted) lines omitted …</span>\n"
          + "\(HTML.escape(tail.trimmingTrailingNewlines()))</pre>\n"
          + "<details><summary>Full output</summary><pre class=\"output\">"
          + "\(HTML.escape(full.trimmingTrailingNewlines()))</pre></details>\n"
      case .image(_, let png, let caption):
        body += "<figure><img src=\"\(Self.dataURI(png, type: "image/png"))\" alt=\"\(HTML.escape(caption ?? ""))\">"
        if let caption { body += "<figcaption>\(markdown.inline(caption))</figcaption>" }
        body += "</figure>\n"
      case .error(let text):
        body += "<pre class=\"error\">\(HTML.escape(text.trimmingTrailingNewlines()))</pre>\n"
      }
    }
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="Folio \(RunRecord.currentVersion)">
      <title>\(HTML.escape(page.title ?? name))</title>
      <style>
      \(Self.styleSheet)</style>
      </head>
      <body>
      <main>
      \(body)</main>
      </body>
      </html>

      """
  }

  private static func dataURI(_ bytes: [UInt8], type: String) -> String {
    "data:\(type);base64," + Data(bytes).base64EncodedString()
  }

  private static func type(of address: String) -> String {
    switch address.split(separator: ".").last?.lowercased() {
    case "jpg", "jpeg": "image/jpeg"
    case "gif": "image/gif"
    case "svg": "image/svg+xml"
    default: "image/png"
    }
  }

  /// A readable page at any width; code colours follow GitHub's light theme.
  static let styleSheet = """
    body { margin: 0; background: #fff; color: #1f2328; font: 16px/1.6 -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
    main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
    h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 0.6em; }
    h1 { font-size: 2em; border-bottom: 1px solid #d1d9e0; padding-bottom: 0.3em; }
    h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: 0.3em; }
    a { color: #0969da; }
    code, pre { font: 0.875rem/1.45 "DejaVu Sans Mono", Menlo, Consolas, monospace; }
    :not(pre) > code { background: #eff1f3; border-radius: 4px; padding: 0.1em 0.35em; }
    pre { padding: 0.8rem 1rem; overflow-x: auto; border-radius: 6px; margin: 0 0 1rem; }
    pre.code, main > pre:not([class]) { background: #f6f8fa; border: 1px solid #d1d9e0; }
    pre.output { background: #fff; border-left: 3px solid #8c959f; border-radius: 0; }
    pre.error { background: #ffebe9; border-left: 3px solid #cf222e; color: #82071e; border-radius: 0; }
    .omitted { color: #59636e; font-style: italic; }
    details { margin: -0.5rem 0 1rem; } summary { cursor: pointer; color: #59636e; }
    figure { margin: 0 0 1.5rem; text-align: center; }
    figure img, p img { max-width: 100%; height: auto; }
    figcaption { color: #59636e; font-size: 0.9em; }
    blockquote { margin: 0 0 1rem; padding: 0 1em; color: #59636e; border-left: 0.25em solid #d1d9e0; }
    table { border-collapse: collapse; margin: 0 0 1rem; }
    th, td { border: 1px solid #d1d9e0; padding: 0.3em 0.8em; }
    .banner { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: 0.6rem 1rem; }
    .keyword { color: #cf222e; } .string { color: #0a3069; } .comment { color: #59636e; font-style: italic; }
    .number { color: #0550ae; } .type { color: #8250df; }

    """
}

extension String {
  fileprivate func trimmingTrailingNewlines() -> Substring {
    var result = self[...]
    while result.last == "\n" { result = result.dropLast() }
    return result
  }
}
