/// Converts a notebook's markdown prose to HTML, for the part of CommonMark notebooks use:
/// ATX headings, paragraphs, fenced code, block quotes, bullet and numbered lists (nested by
/// indentation), thematic breaks, pipe tables, raw HTML blocks, and inline emphasis, strong
/// emphasis, code spans, links, images, autolinks and backslash escapes.
///
/// Anything else is shown as text in a paragraph, escaped, never dropped.
struct MarkdownHTML {
  /// Turns an image's address into what the page's `src` holds, e.g. a data URI.
  let imageSource: (String) -> String

  /// The HTML of a run of markdown blocks.
  func html(_ markdown: String) -> String {
    blocks(markdown.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }[...])
  }

  private func blocks(_ lines: ArraySlice<String>) -> String {
    var html = ""
    var lines = lines
    var paragraph: [String] = []
    func closeParagraph() {
      guard !paragraph.isEmpty else { return }
      html += "<p>" + inline(paragraph.map { $0.trimmingSpaces() }.joined(separator: "\n")) + "</p>\n"
      paragraph = []
    }
    while let line = lines.first {
      let content = line.trimmingSpaces()
      let indent = line.prefix { $0 == " " }.count
      if content.isEmpty {
        closeParagraph()
        lines = lines.dropFirst()
      } else if indent < 4, let fence = Self.fence(content) {
        closeParagraph()
        lines = lines.dropFirst()
        var code: [String] = []
        while let inner = lines.first {
          lines = lines.dropFirst()
          let trimmed = inner.trimmingSpaces()
          if trimmed.hasPrefix(fence.marker) && trimmed.allSatisfy({ $0 == fence.marker.first }) { break }
          code.append(inner)
        }
        let language = fence.info.isEmpty ? "" : " class=\"language-\(HTML.escape(fence.info))\""
        let body = fence.info == "swift" ? SwiftHighlighter.html(code.joined(separator: "\n")) : HTML.escape(code.joined(separator: "\n"))
        html += "<pre><code\(language)>\(body)</code></pre>\n"
      } else if indent < 4, let (level, text) = Self.heading(content) {
        closeParagraph()
        html += "<h\(level)>\(inline(String(text)))</h\(level)>\n"
        lines = lines.dropFirst()
      } else if indent < 4, Self.isThematicBreak(content) {
        closeParagraph()
        html += "<hr>\n"
        lines = lines.dropFirst()
      } else if content.hasPrefix(">") {
        closeParagraph()
        var quoted: [String] = []
        while let inner = lines.first, inner.trimmingSpaces().hasPrefix(">") {
          let text = inner.trimmingSpaces().dropFirst()
          quoted.append(String(text.first == " " ? text.dropFirst() : text))
          lines = lines.dropFirst()
        }
        html += "<blockquote>\n" + blocks(quoted[...]) + "</blockquote>\n"
      } else if indent < 4, let marker = Self.listMarker(content) {
        closeParagraph()
        html += list(&lines, ordered: marker.ordered, start: marker.start)
      } else if paragraph.isEmpty, lines.count > 1, content.contains("|"),
        Self.isTableDelimiter(lines[lines.index(after: lines.startIndex)])
      {
        html += table(&lines)
      } else if paragraph.isEmpty, content.hasPrefix("<"), content.dropFirst().first.map({ $0.isLetter || $0 == "!" || $0 == "/" }) == true {
        // A raw HTML block runs to the next blank line, as CommonMark's type 6 and 7 blocks do.
        while let inner = lines.first, !inner.trimmingSpaces().isEmpty {
          html += inner + "\n"
          lines = lines.dropFirst()
        }
      } else {
        paragraph.append(line)
        lines = lines.dropFirst()
      }
    }
    closeParagraph()
    return html
  }

  /// A list and its items; an item's lines are those indented past its marker.
  private func list(_ lines: inout ArraySlice<String>, ordered: Bool, start: Int) -> String {
    var items: [[String]] = []
    var loose = false
    var pendingBlank = false
    while let line = lines.first {
      let content = line.trimmingSpaces()
      let indent = line.prefix { $0 == " " }.count
      if content.isEmpty {
        pendingBlank = true
        lines = lines.dropFirst()
      } else if indent < 4, let marker = Self.listMarker(content), marker.ordered == ordered, indent < 2 || items.isEmpty {
        if pendingBlank && !items.isEmpty { loose = true }
        items.append([String(content.dropFirst(marker.width))])
        pendingBlank = false
        lines = lines.dropFirst()
      } else if !items.isEmpty && (indent >= 2 || !pendingBlank) && !(indent < 2 && Self.startsBlock(content)) {
        // Indented lines continue the item; an unindented line continues its paragraph.
        if pendingBlank { items[items.count - 1].append("") }
        items[items.count - 1].append(String(line.dropFirst(min(indent, 4))))
        pendingBlank = false
        lines = lines.dropFirst()
      } else {
        break
      }
    }
    let tag = ordered ? "ol" : "ul"
    var html = ordered && start != 1 ? "<ol start=\"\(start)\">\n" : "<\(tag)>\n"
    for item in items {
      var body = blocks(item[...])
      // A tight list shows its items' paragraphs without <p>.
      if !loose, body.hasPrefix("<p>"), let end = body.firstRange(of: "</p>\n") {
        body = String(body[body.index(body.startIndex, offsetBy: 3)..<end.lowerBound]) + "\n" + String(body[end.upperBound...])
      }
      html += "<li>" + (body.hasSuffix("\n") ? String(body.dropLast()) : body) + "</li>\n"
    }
    return html + "</\(tag)>\n"
  }

  private func table(_ lines: inout ArraySlice<String>) -> String {
    func cells(_ line: String) -> [String] {
      var row = line.trimmingSpaces()
      if row.hasPrefix("|") { row = row.dropFirst() }
      if row.hasSuffix("|") { row = row.dropLast() }
      return row.split(separator: "|", omittingEmptySubsequences: false).map { String($0.trimmingSpaces()) }
    }
    let header = cells(lines.removeFirst())
    let alignments = cells(lines.removeFirst()).map { cell -> String in
      switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
      case (true, true): " style=\"text-align:center\""
      case (false, true): " style=\"text-align:right\""
      default: ""
      }
    }
    func row(_ values: [String], tag: String) -> String {
      "<tr>" + values.enumerated().map { index, value in
        "<\(tag)\(index < alignments.count ? alignments[index] : "")>\(inline(value))</\(tag)>"
      }.joined() + "</tr>\n"
    }
    var html = "<table>\n<thead>\n" + row(header, tag: "th") + "</thead>\n<tbody>\n"
    while let line = lines.first, !line.trimmingSpaces().isEmpty, line.contains("|") {
      html += row(cells(line), tag: "td")
      lines = lines.dropFirst()
    }
    return html + "</tbody>\n</table>\n"
  }

  // MARK: - Inline content

  /// The HTML of inline markdown: escapes, code spans, images, links, autolinks, emphasis.
  func inline(_ text: String) -> String {
    var html = ""
    var rest = text[...]
    while let first = rest.first {
      if first == "\\", let next = rest.dropFirst().first, next.isPunctuation || next.isSymbol {
        html += HTML.escape(String(next))
        rest = rest.dropFirst(2)
      } else if first == "`" {
        let run = rest.prefix { $0 == "`" }
        let after = rest.dropFirst(run.count)
        if let close = after.firstRange(of: run) {
          html += "<code>" + HTML.escape(after[..<close.lowerBound].trimmingSpaces()) + "</code>"
          rest = after[close.upperBound...]
        } else {
          html += HTML.escape(run)
          rest = after
        }
      } else if first == "!" || first == "[", let link = Self.link(rest) {
        if link.isImage {
          html += "<img src=\"\(HTML.escape(imageSource(link.target)))\" alt=\"\(HTML.escape(link.text))\">"
        } else {
          html += "<a href=\"\(HTML.escape(link.target))\">\(inline(link.text))</a>"
        }
        rest = rest.dropFirst(link.length)
      } else if first == "<", let close = rest.firstIndex(of: ">"), rest[..<close].contains("://") || rest[..<close].contains("@") {
        let address = rest[rest.index(after: rest.startIndex)..<close]
        if !address.contains(" ") {
          let href = address.contains("://") ? String(address) : "mailto:" + address
          html += "<a href=\"\(HTML.escape(href))\">\(HTML.escape(address))</a>"
        } else {
          html += "&lt;"
          rest = rest.dropFirst()
          continue
        }
        rest = rest[rest.index(after: close)...]
      } else if first == "*" || first == "_", let (tag, inner, length) = emphasis(rest) {
        html += "<\(tag)>\(inline(String(inner)))</\(tag)>"
        rest = rest.dropFirst(length)
      } else {
        html += HTML.escape(String(first))
        rest = rest.dropFirst()
      }
    }
    return html
  }

  /// `**strong**` or `*emphasis*` (or with `_`) at the start of `text`: the tag, the text
  /// inside and how many characters the whole takes.
  private func emphasis(_ text: Substring) -> (String, Substring, Int)? {
    let delimiter = text.first!
    let double = text.dropFirst().first == delimiter
    let marker = String(repeating: delimiter, count: double ? 2 : 1)
    let inside = text.dropFirst(marker.count)
    guard let first = inside.first, !first.isWhitespace else { return nil }
    var search = inside.startIndex
    while let close = inside[search...].firstRange(of: marker) {
      let before = inside[inside.index(before: close.lowerBound)]
      let after = close.upperBound < inside.endIndex ? inside[close.upperBound] : " "
      // A closing `*` must not follow a space; `_` must not sit inside a word.
      if close.lowerBound > inside.startIndex, !before.isWhitespace, !(delimiter == "_" && after.isLetter),
        !(marker.count == 1 && after == delimiter)
      {
        return (double ? "strong" : "em", inside[..<close.lowerBound], marker.count * 2 + inside.distance(from: inside.startIndex, to: close.lowerBound))
      }
      search = close.upperBound
    }
    return nil
  }

  // MARK: - Recognizing lines

  private static func fence(_ line: Substring) -> (marker: String, info: String)? {
    guard let first = line.first, first == "`" || first == "~" else { return nil }
    let marker = line.prefix { $0 == first }
    guard marker.count >= 3 else { return nil }
    let info = line.dropFirst(marker.count).trimmingSpaces().prefix { !$0.isWhitespace && $0 != "," }
    return (String(marker), String(info))
  }

  private static func heading(_ line: Substring) -> (Int, Substring)? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes) else { return nil }
    let rest = line.dropFirst(hashes)
    guard rest.isEmpty || rest.first == " " else { return nil }
    var text = rest.trimmingSpaces()
    // A closing run of #s is not part of the heading.
    let closing = text.reversed().prefix { $0 == "#" }.count
    if closing > 0 && (closing == text.count || text.dropLast(closing).last == " ") { text = text.dropLast(closing).trimmingSpaces() }
    return (hashes, text)
  }

  private static func isThematicBreak(_ line: Substring) -> Bool {
    let marks = line.filter { $0 != " " }
    guard let first = marks.first, "-*_".contains(first), marks.count >= 3 else { return false }
    return marks.allSatisfy { $0 == first }
  }

  private static func listMarker(_ line: Substring) -> (ordered: Bool, start: Int, width: Int)? {
    if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " { return (false, 1, 2) }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard (1...9).contains(digits.count), let start = Int(digits) else { return nil }
    let rest = line.dropFirst(digits.count)
    guard let delimiter = rest.first, delimiter == "." || delimiter == ")", rest.dropFirst().first == " " else { return nil }
    return (true, start, digits.count + 2)
  }

  private static func startsBlock(_ line: Substring) -> Bool {
    heading(line) != nil || fence(line) != nil || line.hasPrefix(">") || isThematicBreak(line)
  }

  private static func isTableDelimiter(_ line: String) -> Bool {
    let cells = line.trimmingSpaces().split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    return !cells.isEmpty && cells.allSatisfy { cell in
      cell.contains("-") && cell.allSatisfy { $0 == "-" || $0 == ":" }
    }
  }

  /// A link or image at the start of `text`: `[text](target)` or `![alt](target "title")`.
  private static func link(_ text: Substring) -> (isImage: Bool, text: String, target: String, length: Int)? {
    let isImage = text.first == "!"
    let open = isImage ? text.dropFirst() : text
    guard open.first == "[" else { return nil }
    var depth = 0
    var closeBracket: Substring.Index?
    for index in open.indices {
      if open[index] == "[" { depth += 1 }
      if open[index] == "]" {
        depth -= 1
        if depth == 0 {
          closeBracket = index
          break
        }
      }
    }
    guard let closeBracket, open.index(after: closeBracket) < open.endIndex, open[open.index(after: closeBracket)] == "(" else {
      return nil
    }
    let destinationStart = open.index(closeBracket, offsetBy: 2)
    guard let closeParen = open[destinationStart...].firstIndex(of: ")") else { return nil }
    var target = open[destinationStart..<closeParen].trimmingSpaces()
    if let space = target.firstIndex(of: " ") { target = target[..<space] }  // drop a "title"
    if target.hasPrefix("<") && target.hasSuffix(">") { target = target.dropFirst().dropLast() }
    let label = open[open.index(after: open.startIndex)..<closeBracket]
    return (isImage, String(label), String(target), text.distance(from: text.startIndex, to: closeParen) + 1)
  }
}

/// Escaping for HTML text and attributes.
enum HTML {
  /// `text` with `&`, `<`, `>` and `"` escaped.
  static func escape<S: StringProtocol>(_ text: S) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
