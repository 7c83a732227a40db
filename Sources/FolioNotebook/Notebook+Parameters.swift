extension Notebook {
  /// The notebook with `-p name=value` overrides applied, as papermill applies them.
  ///
  /// Folio injects cells rather than rewriting the notebook's own code, so the output shows
  /// both the defaults and what replaced them:
  /// - parameters declared in the front matter are set by a cell injected right after it,
  ///   holding every front-matter parameter with its effective value;
  /// - when `-p` overrides a parameter of the `//| parameters` cell, a cell injected right
  ///   after that cell sets the overridden ones again.
  ///
  /// A value of the wrong type is an error at the line declaring the parameter; names the
  /// notebook does not declare are returned in `unknown` (the same `-p` may apply to several
  /// notebooks of a run).
  public func settingParameters(_ overrides: [(name: String, value: String)]) throws(NotebookError)
    -> (notebook: Notebook, parameters: [Parameter], unknown: [String])
  {
    var declared = parameters
    var seen: [String: Int] = [:]
    for parameter in declared {
      if let first = seen[parameter.name] {
        throw NotebookError(
          path: path, line: parameter.line, message: "parameter '\(parameter.name)' is already declared on line \(first)")
      }
      seen[parameter.name] = parameter.line
    }
    var overridden: Set<String> = []
    var unknown: [String] = []
    for (name, text) in overrides {
      guard let index = declared.firstIndex(where: { $0.name == name }) else {
        unknown.append(name)
        continue
      }
      switch declared[index].overridden(by: text) {
      case .success(let value):
        declared[index].value = value
        overridden.insert(name)
      case .failure(let failure):
        throw NotebookError(path: path, line: declared[index].line, message: failure.message)
      }
    }

    var notebook = self
    let fromFrontMatter = declared.prefix(frontMatter?.parameters.count ?? 0)
    let fromCell = declared.dropFirst(fromFrontMatter.count).filter { overridden.contains($0.name) }
    if !fromCell.isEmpty, let index = blocks.firstIndex(where: { if case .code(let cell) = $0 { cell.options.isParameters } else { false } }) {
      let cell = injectedCell("// Injected parameters (folio run -p)", fromCell, line: fromCell[0].line)
      notebook.blocks.insert(contentsOf: [.prose("\n"), .code(cell)], at: index + 1)
    }
    if !fromFrontMatter.isEmpty {
      let cell = injectedCell("// Parameters from the front matter", Array(fromFrontMatter), line: fromFrontMatter[0].line)
      // A blank line keeps it apart from what follows, unless the prose there starts with one.
      let spaced = if notebook.blocks.count > 1, case .prose(let text) = notebook.blocks[1] { text.hasPrefix("\n") } else { false }
      notebook.blocks.insert(contentsOf: [.code(cell)] + (spaced ? [] : [.prose("\n")]), at: 1)
    }
    return (notebook, declared, unknown)
  }

  private func injectedCell(_ comment: String, _ parameters: [Parameter], line: Int) -> Cell {
    let source = parameters.reduce(comment + "\n") { $0 + "\($1.keyword) \($1.name) = \($1.value.swiftLiteral)\n" }
    var cell = Cell(number: 0, openingFence: "```swift\n", closingFence: "```\n", source: source, firstLine: line)
    cell.id = "injected-parameters"
    cell.isInjected = true
    return cell
  }
}
