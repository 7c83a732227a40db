/// The visible data range of each axis: fixed limits, scales and autoscaling.
extension Axes {
  /// Fixes the x axis to run from `lower` at the left to `upper` at the right,
  /// turning autoscaling off for it; `lower > upper` flips the axis.
  /// - Throws: `PlotError` if either end is not finite.
  public func xlim(_ lower: Double, _ upper: Double) throws {
    fixedXLimits = try Axes.fixedLimits(lower, upper, axis: "x")
  }

  /// Fixes the y axis to run from `lower` at the bottom to `upper` at the top,
  /// turning autoscaling off for it; `lower > upper` flips the axis.
  /// - Throws: `PlotError` if either end is not finite.
  public func ylim(_ lower: Double, _ upper: Double) throws {
    fixedYLimits = try Axes.fixedLimits(lower, upper, axis: "y")
  }

  /// Spaces the x axis linearly or logarithmically.
  ///
  /// A log axis needs positive data and limits; drawing reports otherwise.
  public func xscale(_ scale: Scale) {
    xScale = scale
  }

  /// Spaces the y axis linearly or logarithmically.
  ///
  /// A log axis needs positive data and limits; drawing reports otherwise.
  public func yscale(_ scale: Scale) {
    yScale = scale
  }

  /// The limits both axes show: the fixed ones where set, else autoscaled to every
  /// artist's data in the axis' scale (0…1 linear, 1…10 log, for no data).
  /// - Throws: `PlotError` naming the axis and its smallest value when a log axis
  ///   would have to show zero or a negative number.
  func viewLimits() throws -> (x: ViewLimits, y: ViewLimits) {
    let bounds = artists.reduce(DataBounds()) { $0.union($1.bounds) }
    let sticky = artists.map(\.stickyEdges)
    let x = try Axes.limits(axis: "x", scale: xScale, fixed: fixedXLimits, data: bounds.x, sticky: sticky.compactMap(\.x))
    let y = try Axes.limits(axis: "y", scale: yScale, fixed: fixedYLimits, data: bounds.y, sticky: sticky.compactMap(\.y))
    return (x, invertsY && fixedYLimits == nil ? ViewLimits(lower: y.upper, upper: y.lower) : y)
  }

  private static func limits(
    axis: String, scale: Scale, fixed: ViewLimits?, data: ClosedRange<Double>?, sticky: [ClosedRange<Double>]
  ) throws -> ViewLimits {
    if let fixed {
      if scale == .log, min(fixed.lower, fixed.upper) <= 0 {
        throw PlotError("The \(axis) axis is logarithmic, but its limits run down to \(min(fixed.lower, fixed.upper)); "
          + "log axes need positive limits. Change \(axis)lim or use \(axis)scale(.linear).")
      }
      return fixed
    }
    if scale == .log, let data, data.lowerBound <= 0 {
      throw PlotError("The \(axis) axis is logarithmic, but its data goes down to \(data.lowerBound); log axes can "
        + "only show positive values. Leave out the values ≤ 0 or use \(axis)scale(.linear).")
    }
    let padded = scale.autoscale(data)
    guard let data, !sticky.isEmpty else { return padded }
    // matplotlib stops the margin at the nearest sticky edge outside the data: an image
    // fills its axes, and bars stand on the axis.
    let edges = sticky.flatMap { [$0.lowerBound, $0.upperBound] }
    var lower = padded.lower
    var upper = padded.upper
    if let floor = edges.filter({ $0 <= data.lowerBound && $0 > padded.lower }).max() { lower = floor }
    if let ceiling = edges.filter({ $0 >= data.upperBound && $0 < padded.upper }).min() { upper = ceiling }
    return ViewLimits(lower: lower, upper: upper)
  }

  private static func fixedLimits(_ lower: Double, _ upper: Double, axis: String) throws -> ViewLimits {
    guard lower.isFinite, upper.isFinite else {
      throw PlotError("\(axis)lim needs two finite numbers, but got \(lower) and \(upper).")
    }
    guard lower != upper else {
      // Like matplotlib, equal limits are widened rather than rejected.
      let widened = ViewLimits.nonsingular(lower, upper, expander: 0.05)
      return ViewLimits(lower: widened.lower, upper: widened.upper)
    }
    return ViewLimits(lower: lower, upper: upper)
  }
}
