import Foundation

/// tqdm's live progress line, drawn over itself on a terminal:
///
///      37%|███████▍            | 37/100 [00:01<00:02, 31.20it/s, loss=0.412]
///
/// It only ever goes to standard error, and only when that is a terminal: a notebook's
/// outputs must be the same on every run, and timings never are.
struct ProgressBar {
  /// The bar's width in characters. tqdm stretches the bar to the terminal's width; a fixed
  /// width keeps the line under 80 columns, because a line that wraps cannot be redrawn with
  /// a carriage return.
  static let width = 20
  /// Partial blocks in eighths, as tqdm's Unicode bar.
  private static let eighths = Array(" ▏▎▍▌▋▊▉")
  /// tqdm's default `mininterval`: redrawing more often only costs time.
  static let minimumInterval = 0.1

  /// Where the line is written: standard error.
  let write: (String) -> Void
  /// Monotonic time in seconds.
  let clock: () -> Double
  private let start: Double
  private var lastDraw = -Double.infinity
  private var drawnWidth = 0

  /// A bar on standard error, or nil when standard error is not a terminal.
  static func onStandardError() -> ProgressBar? {
    guard isatty(STDERR_FILENO) != 0 else { return nil }
    return ProgressBar(write: { FileHandle.standardError.write(Data($0.utf8)) }, clock: Timeit.monotonicSeconds)
  }

  init(write: @escaping (String) -> Void, clock: @escaping () -> Double) {
    self.write = write
    self.clock = clock
    start = clock()
  }

  /// Redraws the line, unless it was drawn less than `minimumInterval` ago.
  mutating func update(_ state: ProgressState) {
    let now = clock()
    guard now - lastDraw >= Self.minimumInterval || state.completed == state.total else { return }
    lastDraw = now
    let line = Self.line(state, elapsed: now - start)
    // Pad over the end of a longer previous line, such as one with a longer postfix.
    let padding = String(repeating: " ", count: max(0, drawnWidth - line.count))
    write("\r" + line + padding)
    drawnWidth = line.count
  }

  /// Erases the line: the summary printed in the cell's output takes its place.
  func clear() {
    write("\r" + String(repeating: " ", count: drawnWidth) + "\r")
  }

  /// The line for a state after `elapsed` seconds, in tqdm's default format.
  static func line(_ state: ProgressState, elapsed: Double) -> String {
    let fraction = state.total > 0 ? Double(state.completed) / Double(state.total) : 1
    let prefix = state.title.map { "\($0): " } ?? ""
    let percent = String(format: "%3.0f%%", fraction * 100)
    let rate = elapsed > 0 && state.completed > 0 ? Double(state.completed) / elapsed : nil
    let remaining = rate.map { interval(Double(state.total - state.completed) / $0) } ?? "?"
    let rateText: String
    if let rate, rate < 1 {
      // Slow loops read better as seconds per iteration, as tqdm shows them.
      rateText = String(format: "%5.2f", 1 / rate) + "s/" + state.unit
    } else {
      rateText = (rate.map { String(format: "%5.2f", $0) } ?? "?") + state.unit + "/s"
    }
    let postfix = state.postfix.isEmpty ? "" : ", " + state.postfixText
    return "\(prefix)\(percent)|\(bar(fraction))| \(state.completed)/\(state.total) "
      + "[\(interval(elapsed))<\(remaining), \(rateText)\(postfix)]"
  }

  /// The bar itself: whole blocks, one partial block in eighths, then spaces.
  static func bar(_ fraction: Double) -> String {
    let eighthsFilled = Int(min(max(fraction, 0), 1) * Double(width * 8))
    let (whole, part) = eighthsFilled.quotientAndRemainder(dividingBy: 8)
    guard whole < width else { return String(repeating: "█", count: width) }
    return String(repeating: "█", count: whole) + String(eighths[part]) + String(repeating: " ", count: width - whole - 1)
  }

  /// `mm:ss`, or `h:mm:ss` from an hour up, as tqdm's `format_interval`.
  static func interval(_ seconds: Double) -> String {
    let total = Int(seconds)
    let (hours, rest) = total.quotientAndRemainder(dividingBy: 3600)
    let (minutes, secs) = rest.quotientAndRemainder(dividingBy: 60)
    let mmss = String(format: "%02d:%02d", minutes, secs)
    return hours > 0 ? "\(hours):\(mmss)" : mmss
  }
}
