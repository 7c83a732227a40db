/// One set of axes: a data area with spines, ticks, labels and the artists plotted in it.
///
/// Created by `Figure.addAxes()` or `Figure.subplots(_:_:)`; sizes follow
/// matplotlib's default rcParams and are given in points, converted to pixels with
/// the figure's dpi.
public final class Axes {
  /// Text centred above the axes, or nil for none.
  public var title: String?
  /// Text centred below the x tick labels, or nil for none.
  public var xlabel: String?
  /// Text centred left of the y tick labels, reading upwards, or nil for none.
  public var ylabel: String?
  /// The series plotted so far, in drawing order.
  public var lines: [Line] { artists.compactMap { $0 as? Line } }
  /// How x values are spaced; set with `xscale(_:)`.
  public internal(set) var xScale = Scale.linear
  /// How y values are spaced; set with `yscale(_:)`.
  public internal(set) var yScale = Scale.linear
  /// Everything drawn in the data area, in drawing order.
  private(set) var artists: [Artist] = []

  var dpi: Double
  /// Limits set with `xlim`, replacing autoscaling; nil to autoscale.
  var fixedXLimits: ViewLimits?
  /// Limits set with `ylim`, replacing autoscaling; nil to autoscale.
  var fixedYLimits: ViewLimits?
  /// Whether grid lines are drawn at the major ticks.
  var showsGrid = false
  /// Where the legend goes, or nil for no legend.
  var legendLocation: LegendLocation?
  /// Whether a unit of x and a unit of y take the same number of pixels (matplotlib's
  /// aspect "equal", which `imshow` sets); the box shrinks to keep it, centred.
  var equalAspect = false
  /// Whether y grows downwards (an image's first row at the top, matplotlib's origin "upper").
  var invertsY = false
  /// Index into `Color.defaultCycle` for the next line plotted without a colour.
  private var nextCycleIndex = 0

  init(dpi: Double) {
    self.dpi = dpi
  }

  /// Plots `y` against `x` as a line, with markers if asked.
  /// - Parameters:
  ///   - color: the line and marker colour; nil takes the next colour of `Color.defaultCycle`.
  ///   - lineStyle: how the line is stroked; `.none` draws markers alone.
  ///   - lineWidth: stroke width in points (matplotlib's lines.linewidth, 1.5).
  ///   - marker: the symbol drawn at each point, or nil for none.
  ///   - markerSize: the marker's size in points (matplotlib's lines.markersize, 6).
  ///   - label: a name for the series, shown by `legend()`.
  ///   - alpha: opacity 0…1 replacing the colour's own, or nil to keep it.
  /// - Throws: `PlotError` if `x` and `y` differ in length or are empty, or a width,
  ///   size or alpha is out of range.
  public func plot(x: [Double], y: [Double], color: Color? = nil, lineStyle: LineStyle = .solid, lineWidth: Double = 1.5,
                   marker: Marker? = nil, markerSize: Double = 6, label: String? = nil, alpha: Double? = nil) throws {
    guard x.count == y.count else {
      throw PlotError("plot needs x and y of the same length, but x has \(x.count) values and y has \(y.count).")
    }
    guard !x.isEmpty else {
      throw PlotError("plot needs at least one point, but the data is empty.")
    }
    try Axes.checkWidth(lineWidth)
    guard markerSize.isFinite, markerSize >= 0 else {
      throw PlotError("Marker size must be a finite number of points, 0 or more; got \(markerSize).")
    }
    let resolved = try Axes.applying(alpha, to: color ?? nextCycleColor())
    add(Line(x: x, y: y, color: resolved, lineWidth: lineWidth, lineStyle: lineStyle, marker: marker,
             markerSize: markerSize, label: label))
  }

  /// Plots `y` against its indices 0, 1, 2, …, like matplotlib's `plot(y)`.
  /// - Throws: `PlotError` if `y` is empty or a width, size or alpha is invalid.
  public func plot(y: [Double], color: Color? = nil, lineStyle: LineStyle = .solid, lineWidth: Double = 1.5,
                   marker: Marker? = nil, markerSize: Double = 6, label: String? = nil, alpha: Double? = nil) throws {
    try plot(x: y.indices.map(Double.init), y: y, color: color, lineStyle: lineStyle, lineWidth: lineWidth,
             marker: marker, markerSize: markerSize, label: label, alpha: alpha)
  }

  /// Plots `y` against `x` styled by a matplotlib format string such as "r--" or "bo-".
  /// - Throws: `PlotError` if the format string is invalid, or as `plot(x:y:color:…)` does.
  public func plot(x: [Double], y: [Double], _ format: String, lineWidth: Double = 1.5, markerSize: Double = 6,
                   label: String? = nil, alpha: Double? = nil) throws {
    let style = try FormatString(format)
    try plot(x: x, y: y, color: style.color, lineStyle: style.lineStyle, lineWidth: lineWidth, marker: style.marker,
             markerSize: markerSize, label: label, alpha: alpha)
  }

  /// Adds an artist to draw in the data area, after those already there.
  func add(_ artist: Artist) {
    artists.append(artist)
  }

  /// The next colour of the property cycle; like matplotlib, only artists without an
  /// explicit colour advance it.
  func nextCycleColor() -> Color {
    defer { nextCycleIndex += 1 }
    return Color.defaultCycle[nextCycleIndex % Color.defaultCycle.count]
  }

  /// Rejects line widths that cannot be drawn.
  static func checkWidth(_ lineWidth: Double) throws {
    guard lineWidth.isFinite, lineWidth >= 0 else {
      throw PlotError("Line width must be a finite number of points, 0 or more; got \(lineWidth).")
    }
  }

  /// `color` with its opacity replaced by `alpha`, as matplotlib's alpha argument does.
  static func applying(_ alpha: Double?, to color: Color) throws -> Color {
    guard let alpha else { return color }
    guard (0...1).contains(alpha) else {
      throw PlotError("alpha must be between 0 (transparent) and 1 (opaque); got \(alpha).")
    }
    var faded = color
    faded.alpha = alpha
    return faded
  }
}
