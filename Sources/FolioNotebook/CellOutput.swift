import FolioScript

/// What one cell produced: printed text and figures in the order they appeared, the error
/// that stopped it, if any, and how its run went.
public struct CellOutput {
  /// How the cell's run ended.
  public enum Status: String {
    /// The cell ran without an error.
    case ok
    /// The cell failed.
    case failed
    /// The cell failed, and its `error: expected` option allowed that.
    case expectedError = "expected-error"
    /// The cell was interrupted when it ran past its timeout.
    case timedOut = "timed-out"
    /// The cell has `eval: false`.
    case skipped
    /// An earlier cell stopped the run first.
    case notRun = "not-run"
  }

  /// One item of output.
  public enum Item {
    case text(String)
    case image(DisplayImage)
  }

  /// Text and images, in order; consecutive text is merged.
  public var items: [Item] = []
  /// The rendered error that stopped the cell, if it failed.
  public var error: String?
  /// How the cell's run ended.
  public var status = Status.notRun
  /// Whether the cell ran at all; cells after a failure do not.
  public var ran: Bool { status != .notRun && status != .skipped }
  /// Seconds the cell took to run.
  public var duration = 0.0
  /// The process's peak resident memory when the cell finished, in KiB (getrusage's maxrss).
  public var peakMemoryKiB = 0
  /// How much the cell raised the peak resident memory, in KiB.
  public var peakMemoryGrowthKiB = 0
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
