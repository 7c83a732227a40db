/// The YAML block at the top of a notebook, between `---` lines:
///
///     ---
///     title: Lecture 2
///     options:          # defaults for every cell; a cell's own options win
///       timeout: 60
///       fig-dpi: 150
///     parameters:       # typed defaults that `folio run -p name=value` overrides
///       epochs: 3
///       lr: 0.01
///     ---
///
/// Other top-level keys (author, date, …) are allowed and left for other tools.
public struct FrontMatter: Equatable {
  /// The notebook's title, used as the HTML page's title.
  public var title: String?
  /// Option defaults for every cell.
  public var options = CellOptions()
  /// Parameters declared here, with their defaults.
  public var parameters: [Parameter] = []
  /// The front matter as written, fences included, so the output keeps it byte for byte.
  public var text: String

  /// Reads front matter from the start of `lines` (lines keep their terminators), or returns
  /// nil when the notebook has none. The caller drops `lineCount` lines.
  static func read(_ lines: ArraySlice<String>, path: String) throws(NotebookError) -> (FrontMatter, lineCount: Int)? {
    guard let first = lines.first, first.trimmingNewline() == "---" else { return nil }
    var body = ""
    var text = first
    for (offset, line) in lines.dropFirst().enumerated() {
      text += line
      let content = line.trimmingNewline()
      if content == "---" || content == "..." {
        return (try parse(body, text: text, path: path), offset + 2)
      }
      body += line
    }
    throw NotebookError(path: path, line: 1, message: "front matter opened here with '---' is never closed; end it with a '---' line")
  }

  private static func parse(_ body: String, text: String, path: String) throws(NotebookError) -> FrontMatter {
    var frontMatter = FrontMatter(text: text)
    for entry in try YAMLSubset.parse(body, firstLine: 2, path: path) {
      switch (entry.key, entry.value) {
      case ("title", .scalar(let title)):
        frontMatter.title = title.description
      case ("options", .mapping(let options)):
        for option in options {
          guard case .scalar(let value) = option.value else { continue }
          if CellOptions.cellOnlyKeys.contains(option.key) {
            throw NotebookError(
              path: path, line: option.line,
              message: "'\(option.key)' describes a single cell; set it with '//| \(option.key): …' in that cell")
          }
          if case .failure(let failure) = frontMatter.options.set(option.key, to: value) {
            throw NotebookError(path: path, line: option.line, message: failure.message)
          }
        }
      case ("parameters", .mapping(let parameters)):
        for parameter in parameters {
          guard case .scalar(let value) = parameter.value else { continue }
          guard Parameter.isIdentifier(parameter.key) else {
            throw NotebookError(
              path: path, line: parameter.line, message: "parameter '\(parameter.key)' is not a valid Swift name")
          }
          frontMatter.parameters.append(Parameter(name: parameter.key, value: value, line: parameter.line))
        }
      case ("title", _), ("options", _), ("parameters", _):
        let shape = entry.key == "title" ? "a single value" : "a mapping indented under it"
        throw NotebookError(path: path, line: entry.line, message: "'\(entry.key)' must be \(shape)")
      default:
        continue
      }
    }
    return frontMatter
  }
}

extension String {
  func trimmingNewline() -> Substring {
    var result = self[...]
    while let last = result.last, last == "\n" || last == "\r\n" || last == "\r" { result = result.dropLast() }
    return result
  }
}
