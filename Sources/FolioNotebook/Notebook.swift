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
  /// The notebook's parts in order.
  public var blocks: [Block]

  /// The code cells, in order.
  public var cells: [Cell] {
    blocks.compactMap { if case .code(let cell) = $0 { return cell } else { return nil } }
  }
}

/// A fenced ```swift block.
public struct Cell: Equatable {
  /// The 1-based number of the cell among the notebook's code cells.
  public var number: Int
  /// The opening fence line as written, e.g. "```swift".
  public var openingFence: String
  /// The closing fence line as written.
  public var closingFence: String
  /// The code between the fences, each line ending with a newline.
  public var source: String
  /// The line of the notebook on which the code starts (the line after the opening fence).
  public var firstLine: Int
}

/// A problem with the notebook file itself, before any cell runs.
public struct NotebookError: Error, CustomStringConvertible, Equatable {
  /// The notebook's path.
  public var path: String
  /// The line the problem is on.
  public var line: Int
  /// What is wrong and what to do.
  public var message: String

  /// The error as `FILE:LINE: error: MESSAGE`.
  public var description: String { "\(path):\(line): error: \(message)" }
}
