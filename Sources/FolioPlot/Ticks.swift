/// The major ticks of one axis: where they go and what they say.
///
/// Positions come from a port of matplotlib's `MaxNLocator` (its default
/// `AutoLocator`) and labels from a port of its `ScalarFormatter`, so a chart's axes
/// read the same as matplotlib's for the same data.
public struct Ticks: Equatable, Sendable {
  /// The tick values inside the view, ascending.
  public let positions: [Double]
  /// One label per position, e.g. "0.0", "0.5", "−0.5" (with U+2212 minus).
  public let labels: [String]
  /// Multiplier and offset text drawn at the end of the axis, such as "1e6" or
  /// "1e−5" or "+1e3"; empty when labels show values as they are.
  public let offsetLabel: String

  /// The default maximum number of intervals between ticks (matplotlib's cap for `nbins='auto'`).
  public static let defaultBins = 9

  /// Computes ticks for an axis whose view runs from `lower` to `upper`.
  /// - Parameter bins: the most intervals the ticks may divide the view into; the
  ///   tick count is at most `bins + 1`. Values below 1 count as 1.
  public init(lower: Double, upper: Double, bins: Int = Ticks.defaultBins) {
    guard lower.isFinite, upper.isFinite else {
      self.init(positions: [], labels: [], offsetLabel: "")
      return
    }
    let view = (lower: min(lower, upper), upper: max(lower, upper))
    let candidates = MaxNLocator.tickValues(lower: view.lower, upper: view.upper, bins: bins)
    let formatter = ScalarFormatter(locations: candidates, lower: view.lower, upper: view.upper)
    // Ticks that land on an edge only through rounding error still count as inside.
    let slack = (view.upper - view.lower) * 1e-10
    let visible = candidates.filter { view.lower - slack <= $0 && $0 <= view.upper + slack }
    self.init(
      positions: visible,
      labels: visible.map(formatter.label),
      offsetLabel: visible.isEmpty ? "" : formatter.offsetLabel
    )
  }

  private init(positions: [Double], labels: [String], offsetLabel: String) {
    self.positions = positions
    self.labels = labels
    self.offsetLabel = offsetLabel
  }
}
