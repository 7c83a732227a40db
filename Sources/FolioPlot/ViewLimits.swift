import Foundation

/// The visible data interval of one axis, chosen from the data the way matplotlib
/// autoscales by default.
public struct ViewLimits: Equatable, Sendable {
  /// The data value at the left (x) or bottom (y) edge of the axes.
  public let lower: Double
  /// The data value at the right (x) or top (y) edge of the axes.
  public let upper: Double

  /// Creates limits from explicit ends.
  public init(lower: Double, upper: Double) {
    self.lower = lower
    self.upper = upper
  }

  /// Autoscales to data spanning `dataMin...dataMax`, padding each side by `margin`
  /// of the span (matplotlib's `axes.xmargin`/`axes.ymargin`, 0.05).
  ///
  /// A zero-width range such as constant data is first widened by 5% of its
  /// magnitude (or to ±0.05 around zero), as matplotlib's locator does, so the
  /// line sits in the middle of a readable interval.
  public init(dataMin: Double, dataMax: Double, margin: Double = 0.05) {
    let widened = ViewLimits.nonsingular(dataMin, dataMax, expander: 0.05)
    var lower = widened.lower
    var upper = widened.upper
    let padding = (upper - lower) * margin
    // Near the ends of the Double range the padding overflows; drawing without it beats drawing nothing.
    if padding.isFinite, (lower - padding).isFinite, (upper + padding).isFinite {
      lower -= padding
      upper += padding
    }
    let limits = ViewLimits.nonsingular(lower, upper, expander: 0.001)
    self.init(lower: limits.lower, upper: limits.upper)
  }

  /// matplotlib's `transforms.nonsingular`: orders the ends and widens an interval
  /// too narrow to divide into ticks.
  static func nonsingular(_ first: Double, _ second: Double, expander: Double, tiny: Double = 1e-15) -> (lower: Double, upper: Double) {
    guard first.isFinite, second.isFinite else {
      return (-expander, expander)
    }
    var lower = min(first, second)
    var upper = max(first, second)
    let largestMagnitude = max(abs(lower), abs(upper))
    if largestMagnitude < (1e6 / tiny) * Double.leastNormalMagnitude {
      lower = -expander
      upper = expander
    } else if upper - lower <= largestMagnitude * tiny {
      if upper == 0 && lower == 0 {
        lower = -expander
        upper = expander
      } else {
        lower -= expander * abs(lower)
        upper += expander * abs(upper)
      }
    }
    return (lower, upper)
  }
}
