/// matplotlib's default sizes (rcParams) for everything around an axes' data, converted from points to pixels.
struct AxesMetrics {
  let pixelsPerPoint: Double

  /// axes.linewidth
  var spineWidth: Double { 0.8 * pixelsPerPoint }
  /// xtick.major.size / ytick.major.size
  var tickLength: Double { 3.5 * pixelsPerPoint }
  /// xtick.major.width / ytick.major.width
  var tickWidth: Double { 0.8 * pixelsPerPoint }
  /// xtick.minor.size / ytick.minor.size
  var minorTickLength: Double { 2 * pixelsPerPoint }
  /// xtick.minor.width / ytick.minor.width
  var minorTickWidth: Double { 0.6 * pixelsPerPoint }
  /// xtick.major.pad / ytick.major.pad, measured from the tick's outer end.
  var tickPad: Double { 3.5 * pixelsPerPoint }
  /// xtick.minor.pad / ytick.minor.pad
  var minorTickPad: Double { 3.4 * pixelsPerPoint }
  /// A tick's length, stroke width and label pad, major or minor.
  func tickStyle(minor: Bool) -> (length: Double, width: Double, pad: Double) {
    minor ? (minorTickLength, minorTickWidth, minorTickPad) : (tickLength, tickWidth, tickPad)
  }
  /// xtick.labelsize / ytick.labelsize ("medium" of font.size 10).
  var tickLabelSize: Double { 10 * pixelsPerPoint }
  /// axes.labelsize
  var labelSize: Double { 10 * pixelsPerPoint }
  /// axes.labelpad
  var labelPad: Double { 4 * pixelsPerPoint }
  /// axes.titlesize ("large", 1.2 × 10)
  var titleSize: Double { 12 * pixelsPerPoint }
  /// axes.titlepad
  var titlePad: Double { 6 * pixelsPerPoint }
  /// Axis.OFFSETTEXTPAD
  var offsetTextPad: Double { 3 * pixelsPerPoint }
  /// grid.linewidth
  var gridWidth: Double { 0.8 * pixelsPerPoint }
  /// grid.color
  static let gridColor = Color(rgb: 0xB0B0B0)

  /// The locator's bin count for an axis `length` pixels long whose labels need
  /// `labelSpacing` label sizes each, capped at 9 like matplotlib's `nbins='auto'`.
  func tickBins(length: Double, labelSpacing: Double) -> Int {
    let fitting = (length / (tickLabelSize * labelSpacing)).rounded(.down)
    return Int(min(Double(Ticks.defaultBins), max(1, fitting)))
  }

  /// Moves a coordinate of a horizontal or vertical line to where a stroke of
  /// `width` covers whole pixels, as matplotlib's path snapping does, so spines and
  /// ticks stay sharp instead of blurring over two pixel rows.
  func snap(_ coordinate: Double, width: Double) -> Double {
    let oddWidth = width.rounded().truncatingRemainder(dividingBy: 2) == 1
    return (coordinate + 0.5).rounded(.down) + (oddWidth ? 0.5 : 0)
  }
}
