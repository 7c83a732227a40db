import Glibc

/// How data values map to distance along an axis.
public enum Scale: Sendable {
  /// Equal steps in value take equal distances (matplotlib's "linear").
  case linear
  /// Equal ratios take equal distances, with ticks at powers of ten (matplotlib's "log").
  case log

  /// The value in the space where the axis is linear.
  func forward(_ value: Double) -> Double {
    switch self {
    case .linear: return value
    case .log: return log10(value)
    }
  }

  /// Autoscaled limits for data spanning `range` (nil: no data), padded by
  /// matplotlib's 5% axes margin in the scale's own space.
  func autoscale(_ range: ClosedRange<Double>?) -> ViewLimits {
    switch self {
    case .linear:
      guard let range else { return ViewLimits(lower: 0, upper: 1) }
      return ViewLimits(dataMin: range.lowerBound, dataMax: range.upperBound)
    case .log:
      // matplotlib's LogLocator.nonsingular: an empty axis shows one decade, a
      // single value the decades either side of it.
      guard let range else { return ViewLimits(lower: 1, upper: 10) }
      var lower = log10(range.lowerBound)
      var upper = log10(range.upperBound)
      if lower == upper {
        lower = lower.rounded(.up) - 1
        upper = upper.rounded(.down) + 1
      }
      let padding = (upper - lower) * 0.05
      return ViewLimits(lower: pow(10, lower - padding), upper: pow(10, upper + padding))
    }
  }

  /// The ticks for an axis showing `limits`, with room for `bins` intervals of labels.
  func ticks(for limits: ViewLimits, bins: Int) -> AxisTicks {
    switch self {
    case .linear: return AxisTicks(Ticks(lower: limits.lower, upper: limits.upper, bins: bins))
    case .log: return LogLocator.ticks(lower: min(limits.lower, limits.upper), upper: max(limits.lower, limits.upper), bins: bins)
    }
  }
}

/// Ticks for a base-10 log axis, ported from matplotlib's `LogLocator` (majors at
/// powers of ten, minors at 2…9 times them) and `LogFormatterSciNotation` (labels
/// "10^k", and "c×10^k" on minor ticks when the view spans about a decade or less).
enum LogLocator {
  static func ticks(lower: Double, upper: Double, bins: Int) -> AxisTicks {
    guard lower > 0, upper > lower, lower.isFinite, upper.isFinite else {
      return AxisTicks(ticks: [], offsetLabel: "")
    }
    let logLower = log10(lower)
    let logUpper = log10(upper)
    // LogLocator's numticks='auto': the axis' tick space, clipped to 2…9.
    let numticks = Double(min(9, max(2, bins)))
    let numdec = logUpper.rounded(.down) - logLower.rounded(.up)
    var stride = (numdec / numticks).rounded(.down) + 1
    // matplotlib: a stride as large as the range would leave a single tick.
    if stride >= numdec {
      stride = max(1, numdec - 1)
    }
    let labelledCoefficients = minorLabelCoefficients(viewDecades: logUpper - logLower)
    // Ticks that land on an edge only through rounding error still count as inside, as in `Ticks`.
    let slack = (logUpper - logLower) * 1e-10
    let visible = { (value: Double) in logLower - slack <= log10(value) && log10(value) <= logUpper + slack }
    var ticks: [AxisTicks.Tick] = []
    let first = logLower.rounded(.down) - stride
    for decade in Swift.stride(from: first, through: logUpper.rounded(.up) + stride, by: stride) {
      let major = pow(10, decade)
      if visible(major) {
        ticks.append(AxisTicks.Tick(position: major, label: .power(base: "10", exponent: exponentText(decade)), isMinor: false))
      }
      // The minor locator gives up beyond ten decades or when majors skip decades.
      guard stride == 1, numdec <= 10 else { continue }
      for coefficient in 2...9 where visible(Double(coefficient) * major) {
        let label: TickLabel? = labelledCoefficients.contains(coefficient)
          ? .power(base: "\(coefficient)×10", exponent: exponentText(decade)) : nil
        ticks.append(AxisTicks.Tick(position: Double(coefficient) * major, label: label, isMinor: true))
      }
    }
    // Inside a single decade the locators can leave fewer than two labels; like
    // matplotlib's fallback to AutoLocator, label the view linearly instead.
    if ticks.filter({ $0.label != nil }).count < 2 {
      return AxisTicks(Ticks(lower: lower, upper: upper, bins: bins))
    }
    return AxisTicks(ticks: ticks.sorted { $0.position < $1.position }, offsetLabel: "")
  }

  /// LogFormatter's minor_thresholds (1, 0.4): beyond a decade only powers of ten are
  /// labelled, beyond 0.4 decades the rounded geomspace(1, 10, 6) coefficients, else all.
  private static func minorLabelCoefficients(viewDecades: Double) -> Set<Int> {
    if viewDecades > 1 { return [] }
    if viewDecades > 0.4 { return [2, 3, 4, 6] }
    return Set(2...9)
  }

  /// The exponent as text with a typographic minus, like matplotlib's mathtext.
  private static func exponentText(_ decade: Double) -> String {
    let exponent = Int(decade)
    return exponent < 0 ? "\u{2212}\(-exponent)" : "\(exponent)"
  }
}
