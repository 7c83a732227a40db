import Foundation

/// Formats tick values like matplotlib's default `ScalarFormatter`: the fewest
/// decimals that tell the ticks apart, an offset when the ticks sit far from zero,
/// and a power-of-ten multiplier outside 1e-5…1e6, with U+2212 as the minus sign.
struct ScalarFormatter {
  /// Subtracted from every value before scaling; shown as "+1e6"-style text.
  let offset: Double
  /// Values are divided by 10^orderOfMagnitude; shown as "1e6"-style text.
  let orderOfMagnitude: Int
  /// Digits after the decimal point in every label.
  let decimals: Int

  /// matplotlib's `axes.formatter.offset_threshold`: an offset must save this many digits.
  private static let offsetThreshold = 4.0
  /// matplotlib's `axes.formatter.limits`: scientific notation outside 10^-5 ... 10^6.
  private static let powerLimits = (lower: -5.0, upper: 6.0)

  /// Prepares to label `locations` (every tick the locator produced, visible or
  /// not) on an axis whose view is `lower...upper`.
  init(locations: [Double], lower: Double, upper: Double) {
    let view = (lower: min(lower, upper), upper: max(lower, upper))
    let visible = locations.filter { view.lower <= $0 && $0 <= view.upper }
    let offset = ScalarFormatter.offset(visible: visible)
    let order = ScalarFormatter.orderOfMagnitude(visible: visible, offset: offset, view: view)
    self.offset = offset
    self.orderOfMagnitude = order
    self.decimals = ScalarFormatter.decimals(locations: locations, offset: offset, order: order, view: view)
  }

  /// The label for one tick value.
  func label(_ value: Double) -> String {
    var scaled = (value - offset) / pow(10, Double(orderOfMagnitude))
    // Also turns -0.0 into 0, so no tick reads "−0.0".
    if abs(scaled) < 1e-8 {
      scaled = 0
    }
    return withMinusSign(String(format: "%1.\(decimals)f", scaled))
  }

  /// The multiplier and offset text drawn at the end of the axis, or "" when neither applies.
  var offsetLabel: String {
    var text = orderOfMagnitude != 0 ? "1e\(orderOfMagnitude)" : ""
    if offset != 0 {
      text += (offset > 0 ? "+" : "") + ScalarFormatter.compactScientific(offset)
    }
    return withMinusSign(text)
  }

  private static func offset(visible: [Double]) -> Double {
    // Only an interval of two or more same-signed ticks can share an offset.
    guard let smallest = visible.min(), let largest = visible.max(),
          smallest != largest, !(smallest <= 0 && 0 <= largest)
    else { return 0 }
    let absMin = min(abs(smallest), abs(largest))
    let absMax = max(abs(smallest), abs(largest))
    let sign = copysign(1, smallest)
    let topDecade = log10(absMax).rounded(.up)
    // The bound keeps the search finite once 10^decade falls below Double's precision.
    let decades = stride(from: topDecade, through: topDecade - 30, by: -1)
    // The smallest power of ten above which absMin and absMax agree.
    guard var decade = decades.first(where: {
      floorDivide(absMin, pow(10, $0)) != floorDivide(absMax, pow(10, $0))
    }).map({ $0 + 1 }) else { return 0 }
    if (absMax - absMin) / pow(10, decade) <= 1e-2 {
      // The ticks straddle a multiple of a large power of ten; use the power at
      // which they are more than one unit apart instead.
      guard let straddle = decades.first(where: {
        floorDivide(absMax, pow(10, $0)) - floorDivide(absMin, pow(10, $0)) > 1
      }) else { return 0 }
      decade = straddle + 1
    }
    let leading = floorDivide(absMax, pow(10, decade))
    return leading >= pow(10, offsetThreshold - 1) ? sign * leading * pow(10, decade) : 0
  }

  private static func orderOfMagnitude(visible: [Double], offset: Double, view: (lower: Double, upper: Double)) -> Int {
    guard let largest = visible.map(abs).max() else { return 0 }
    let magnitude: Double
    if offset != 0 {
      magnitude = log10(view.upper - view.lower).rounded(.down)
    } else {
      magnitude = largest == 0 ? 0 : log10(largest).rounded(.down)
    }
    guard magnitude.isFinite, magnitude <= powerLimits.lower || magnitude >= powerLimits.upper else { return 0 }
    return Int(magnitude)
  }

  private static func decimals(locations: [Double], offset: Double, order: Int, view: (lower: Double, upper: Double)) -> Int {
    // A single tick has no spread of its own; borrow the view's for the range estimate.
    let sample = locations.count < 2 ? locations + [view.lower, view.upper] : locations
    let scaled = sample.map { ($0 - offset) / pow(10, Double(order)) }
    guard let low = scaled.min(), let high = scaled.max() else { return 0 }
    var range = high - low
    if range == 0 {
      range = scaled.map(abs).max() ?? 0
    }
    if range == 0 {
      range = 1
    }
    let labelled = locations.count < 2 ? Array(scaled.dropLast(2)) : scaled
    let rangeDecade = log10(range).rounded(.down)
    guard rangeDecade.isFinite else { return 0 }
    let tolerance = 1e-3 * pow(10, rangeDecade)
    // Drop decimals while rounding to that many still reproduces every label.
    var digits = max(0, 3 - Int(rangeDecade))
    while digits >= 0 {
      let error = labelled.map { abs($0 - roundHalfEven($0, decimals: digits)) }.max() ?? 0
      guard error < tolerance else { break }
      digits -= 1
    }
    return digits + 1
  }

  /// numpy's `round`: scale, round half to even, unscale.
  private static func roundHalfEven(_ value: Double, decimals: Int) -> Double {
    let factor = pow(10, Double(decimals))
    return (value * factor).rounded(.toNearestOrEven) / factor
  }

  /// A value as "significand e exponent" with the exponent omitted when zero, like
  /// matplotlib's `format_data` (1000000 -> "1e6", 1234.5 -> "1.2345e3").
  private static func compactScientific(_ value: Double) -> String {
    let exponent = log10(abs(value)).rounded(.down)
    let significand = (value / pow(10, exponent) * 1e10).rounded() / 1e10
    let digits = significand.rounded() == significand
      ? String(Int(significand))
      : String(format: "%1.10g", significand)
    return exponent == 0 ? digits : "\(digits)e\(Int(exponent))"
  }
}

/// matplotlib's `fix_minus`: a typographic minus is the width of a digit, a hyphen is not.
private func withMinusSign(_ text: String) -> String {
  text.replacingOccurrences(of: "-", with: "\u{2212}")
}
