import Foundation

/// Chooses "nice" tick values for an interval, ported from matplotlib's
/// `MaxNLocator` with `AutoLocator`'s settings (steps 1, 2, 2.5, 5, 10; at least two
/// visible ticks), so positions match what matplotlib draws.
enum MaxNLocator {
  /// The steps 1, 2, 2.5, 5, 10 extended one decade down and one entry up, so the
  /// search can step below and above the decade picked by `scaleRange`.
  private static let steps: [Double] = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20]
  private static let minimumVisibleTicks = 2
  /// Bounds the tick list so a pathological interval cannot allocate without limit.
  private static let maximumTicks = 1000.0

  /// Tick values for the view `lower...upper` split into at most `bins` intervals.
  ///
  /// Like matplotlib, the result may include one tick beyond either end; callers
  /// format all of them (the formatter looks at their spread) but draw only the
  /// visible ones.
  static func tickValues(lower: Double, upper: Double, bins: Int) -> [Double] {
    let view = ViewLimits.nonsingular(lower, upper, expander: 1e-13, tiny: 1e-14)
    return rawTicks(lower: view.lower, upper: view.upper, bins: Double(max(1, bins)))
  }

  private static func rawTicks(lower: Double, upper: Double, bins: Double) -> [Double] {
    let (scale, offset) = scaleRange(lower: lower, upper: upper, bins: bins)
    let low = lower - offset
    let high = upper - offset
    let rawStep = (high - low) / bins
    let scaledSteps = steps.map { $0 * scale }
    guard let firstLargeStep = scaledSteps.firstIndex(where: { $0 >= rawStep }) else { return [] }
    var ticks: [Double] = []
    // Start from the smallest step at least as large as the raw step and fall back
    // to smaller steps only if too few ticks would be visible.
    for step in scaledSteps[...firstLargeStep].reversed() {
      let base = floorDivide(low, step) * step
      let edge = EdgeInteger(step: step, offset: offset)
      let first = edge.largestMultiple(atMost: low - base)
      let last = edge.smallestMultiple(atLeast: high - base)
      guard first.isFinite, last.isFinite, last - first < maximumTicks else { return [] }
      ticks = stride(from: first, through: last, by: 1).map { $0 * step + base }
      let visible = ticks.filter { $0 >= low && $0 <= high }.count
      if visible >= minimumVisibleTicks {
        break
      }
    }
    return ticks.map { $0 + offset }
  }

  /// The decade of one bin's width, and an offset that moves the interval near zero
  /// when it sits far from it (so steps are computed with full precision).
  private static func scaleRange(lower: Double, upper: Double, bins: Double) -> (scale: Double, offset: Double) {
    let span = abs(upper - lower)
    let middle = (upper + lower) / 2
    let offset = abs(middle) / span < 100 ? 0 : copysign(pow(10, floorDivide(log10(abs(middle)), 1)), middle)
    let scale = pow(10, floorDivide(log10(span / bins), 1))
    return (scale, offset)
  }
}

/// matplotlib's `_Edge_integer`: integer multiples of a step, tolerant of the
/// rounding error that an offset introduces.
private struct EdgeInteger {
  let step: Double
  let offset: Double

  init(step: Double, offset: Double) {
    self.step = step
    self.offset = abs(offset)
  }

  /// The largest n with n * step <= x.
  func largestMultiple(atMost x: Double) -> Double {
    let (quotient, remainder) = floorDivMod(x, step)
    return isClose(remainder / step, to: 1) ? quotient + 1 : quotient
  }

  /// The smallest n with n * step >= x.
  func smallestMultiple(atLeast x: Double) -> Double {
    let (quotient, remainder) = floorDivMod(x, step)
    return isClose(remainder / step, to: 0) ? quotient : quotient + 1
  }

  private func isClose(_ value: Double, to edge: Double) -> Bool {
    // Allow more slop when the offset is large compared to the step.
    var tolerance = 1e-10
    if offset > 0 {
      let digits = log10(offset / step)
      tolerance = min(0.4999, max(1e-10, pow(10, digits - 12)))
    }
    return abs(value - edge) < tolerance
  }
}
