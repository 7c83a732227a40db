import FolioNotebook
import Foundation

/// Shows a run's progress on standard error: `[3/17] lecture2 cell 4 2.4s`.
///
/// On a terminal the line is redrawn in place, and a ticker updates the running cell's time
/// while it runs; elsewhere (CI logs, pipes) each finished cell gets a line of its own.
final class Progress: RunObserver {
  private let prefix: String
  private let live: Bool
  private let quiet: Bool
  private let lock = NSLock()
  private var running: (label: String, start: Date)?
  private var ticker: Thread?

  /// Progress for notebook `index` of `count`; `quiet` shows nothing per cell.
  init(notebook name: String, index: Int, of count: Int, quiet: Bool = false) {
    prefix = "[\(index)/\(count)] \(name)"
    live = Terminal.isInteractive
    self.quiet = quiet
  }

  func cellStarted(_ cell: Cell, position: Int, of count: Int) {
    guard !quiet else { return }
    lock.withLock { running = (Self.label(cell), Date()) }
    guard live else { return }
    redraw()
    if ticker == nil {
      let thread = Thread { [weak self] in
        while let self, !Thread.current.isCancelled {
          Thread.sleep(forTimeInterval: 0.1)
          self.redraw()
        }
      }
      ticker = thread
      thread.start()
    }
  }

  func cellFinished(_ cell: Cell, output: CellOutput) {
    guard !quiet else { return }
    lock.withLock {
      running = nil
      let status = output.status == .ok ? "" : " " + output.status.rawValue
      show("\(prefix) \(Self.label(cell)) \(Self.seconds(output.duration))\(status)", ended: !live)
    }
  }

  /// Ends the notebook's progress with its summary line.
  func finish(_ summary: String) {
    ticker?.cancel()
    ticker = nil
    lock.withLock {
      running = nil
      show("\(prefix) \(summary)", ended: true)
    }
  }

  private func redraw() {
    lock.withLock {
      if let running { show("\(prefix) \(running.label) \(Self.seconds(Date().timeIntervalSince(running.start)))", ended: false) }
    }
  }

  /// Shows a line: redrawn in place on a terminal, and ended with a newline when `ended`.
  /// Callers hold the lock, so the ticker never draws over a newer line.
  private func show(_ line: String, ended: Bool) {
    Terminal.error((live ? "\r\u{1B}[K" : "") + line + (ended ? "\n" : ""))
  }

  private static func label(_ cell: Cell) -> String {
    if cell.isInjected { return "parameters" }
    return cell.options.label.map { "cell \(cell.number) '\($0)'" } ?? "cell \(cell.number)"
  }

  static func seconds(_ value: Double) -> String {
    value < 10 ? String(format: "%.1fs", value) : String(format: "%.0fs", value)
  }
}
