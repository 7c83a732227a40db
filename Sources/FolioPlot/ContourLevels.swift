import Foundation

/// matplotlib's default contour levels: `MaxNLocator(N + 1, min_n_ticks=1)` with N = 7 and the
/// locator's own steps (finer than the axis ticks' 1, 2, 2.5, 5, 10), trimmed to the data.
enum ContourLevels {
  /// matplotlib's hard-coded default N when `levels` is not given.
  static let defaultCount = 7
  /// `MaxNLocator`'s default steps 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, extended a decade down and
  /// one entry up (its `_staircase`) so the search can leave the decade `scaleRange` picks.
  private static let steps: [Double] = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8,
                                        1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 15]
  /// Bounds the level list so a pathological range cannot allocate without limit.
  private static let maximumLevels = 1000.0

  /// About `count` levels spanning `zmin...zmax`, keeping at most one level below the data and
  /// one above it, as matplotlib's `ContourSet._autolev` does.
  static func automatic(zmin: Double, zmax: Double, count: Int = defaultCount) -> [Double] {
    let levels = tickValues(lower: zmin, upper: zmax, bins: Double(count + 1))
    let first = levels.lastIndex(where: { $0 < zmin }) ?? 0
    let end = levels.firstIndex(where: { $0 > zmax }).map { $0 + 1 } ?? levels.count
    return end - first < 3 ? levels : Array(levels[first..<end])
  }

  /// `MaxNLocator.tick_values` with `min_n_ticks=1`.
  private static func tickValues(lower: Double, upper: Double, bins: Double) -> [Double] {
    let view = ViewLimits.nonsingular(lower, upper, expander: 1e-13, tiny: 1e-14)
    let span = view.upper - view.lower
    let middle = (view.upper + view.lower) / 2
    // Like scale_range: shift a range far from zero next to it so steps keep full precision.
    let offset = abs(middle) / span < 100 ? 0 : copysign(pow(10, floorDivide(log10(abs(middle)), 1)), middle)
    let scale = pow(10, floorDivide(log10(span / bins), 1))
    let low = view.lower - offset
    let high = view.upper - offset
    let scaledSteps = steps.map { $0 * scale }
    guard let firstLarge = scaledSteps.firstIndex(where: { $0 >= span / bins }) else { return [] }
    var levels: [Double] = []
    for step in scaledSteps[...firstLarge].reversed() {
      let base = floorDivide(low, step) * step
      let first = multiple(of: step, atMost: low - base, offset: offset)
      let last = multiple(of: step, atLeast: high - base, offset: offset)
      guard first.isFinite, last.isFinite, last - first < maximumLevels else { return [] }
      levels = stride(from: first, through: last, by: 1).map { $0 * step + base + offset }
      if levels.contains(where: { $0 >= view.lower && $0 <= view.upper }) {
        break
      }
    }
    return levels
  }

  /// `_Edge_integer.le`: the largest n with n × step ≤ x, forgiving rounding error.
  private static func multiple(of step: Double, atMost x: Double, offset: Double) -> Double {
    let (quotient, remainder) = floorDivMod(x, step)
    return abs(remainder / step - 1) < tolerance(step: step, offset: offset) ? quotient + 1 : quotient
  }

  /// `_Edge_integer.ge`: the smallest n with n × step ≥ x, forgiving rounding error.
  private static func multiple(of step: Double, atLeast x: Double, offset: Double) -> Double {
    let (quotient, remainder) = floorDivMod(x, step)
    return abs(remainder / step) < tolerance(step: step, offset: offset) ? quotient : quotient + 1
  }

  /// More slop when the offset is large compared with the step, as `_Edge_integer.closeto` allows.
  private static func tolerance(step: Double, offset: Double) -> Double {
    guard offset != 0 else { return 1e-10 }
    return min(0.4999, max(1e-10, pow(10, log10(abs(offset) / step) - 12)))
  }
}
