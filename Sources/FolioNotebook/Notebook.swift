/// A markdown notebook: prose, and the Swift code cells to run, in order.
public struct Notebook {
  /// One part of the notebook.
  public enum Block: Equatable {
    /// Markdown text, kept byte for byte, newlines included.
    case prose(String)
    case code(Cell)
  }

  /// The path the notebook was read from, as diagnostics show it.
  public var path: String
  /// The front matter, if the notebook starts with one; its text is also the first block.
  public var frontMatter: FrontMatter?
  /// The notebook's parts in order.
  public var blocks: [Block]

  /// The code cells, in order, including cells injected for parameters.
  public var cells: [Cell] {
    blocks.compactMap { if case .code(let cell) = $0 { return cell } else { return nil } }
  }

  /// The parameters the notebook declares, in the front matter or its parameters cell.
  public var parameters: [Parameter] {
    (frontMatter?.parameters ?? []) + cells.filter { $0.options.isParameters && !$0.isInjected }.flatMap {
      Parameter.declared(in: $0.source, firstLine: $0.firstLine)
    }
  }
}

/// A fenced ```swift block.
public struct Cell: Equatable {
  /// The 1-based number of the cell among the notebook's own code cells; 0 for an injected one.
  public var number: Int
  /// The opening fence line as written, e.g. "```swift".
  public var openingFence: String
  /// The closing fence line as written.
  public var closingFence: String
  /// The code between the fences without its `//|` option lines, each line ending with a newline.
  public var source: String
  /// The line of the notebook on which `source` starts.
  public var firstLine: Int
  /// The cell's options, front-matter defaults included.
  public var options = CellOptions()
  /// A name for the cell's files that does not change when other cells are inserted or
  /// removed: its label, or else a hash of its code.
  public var id = ""
  /// Whether Folio generated the cell (to set parameters) rather than reading it.
  public var isInjected = false

  /// Creates a cell.
  public init(number: Int, openingFence: String, closingFence: String, source: String, firstLine: Int) {
    self.number = number
    self.openingFence = openingFence
    self.closingFence = closingFence
    self.source = source
    self.firstLine = firstLine
  }
}

/// A problem with the notebook file itself, before any cell runs.
public struct NotebookError: Error, CustomStringConvertible, Equatable {
  /// The notebook's path.
  public var path: String
  /// The line the problem is on.
  public var line: Int
  /// What is wrong and what to do.
  public var message: String

  /// Creates an error at `path:line`.
  public init(path: String, line: Int, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// The error as `FILE:LINE: error: MESSAGE`.
  public var description: String { "\(path):\(line): error: \(message)" }
}
