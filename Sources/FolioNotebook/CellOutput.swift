import FolioScript

/// What one cell produced: printed text and figures in the order they appeared, and the
/// error that stopped it, if any.
public struct CellOutput {
  /// One item of output.
  public enum Item {
    case text(String)
    case image(DisplayImage)
  }

  /// Text and images, in order; consecutive text is merged.
  public var items: [Item] = []
  /// The rendered error that stopped the cell, if it failed.
  public var error: String?
  /// Whether the cell ran at all; cells after a failure do not.
  public var ran = false
}

/// Collects a running cell's output.
final class CellRecorder: OutputSink {
  private(set) var output = CellOutput()

  func write(_ text: String) {
    if case .text(let previous)? = output.items.last {
      output.items[output.items.count - 1] = .text(previous + text)
    } else {
      output.items.append(.text(text))
    }
  }

  func display(_ image: DisplayImage) {
    output.items.append(.image(image))
  }

  /// Returns what was recorded and starts afresh for the next cell.
  func take() -> CellOutput {
    defer { output = CellOutput() }
    return output
  }
}
