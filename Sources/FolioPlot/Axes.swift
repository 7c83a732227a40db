/// One set of axes: a data area with spines, ticks, labels and the lines plotted in it.
///
/// Created by `Figure.addAxes()`; sizes follow matplotlib's default rcParams and
/// are given in points, converted to pixels with the figure's dpi.
public final class Axes {
  /// Text centred above the axes, or nil for none.
  public var title: String?
  /// Text centred below the x tick labels, or nil for none.
  public var xlabel: String?
  /// Text centred left of the y tick labels, reading upwards, or nil for none.
  public var ylabel: String?
  /// The series plotted so far, in drawing order.
  public var lines: [Line] { artists.compactMap { $0 as? Line } }
  /// Everything drawn in the data area, in drawing order.
  private(set) var artists: [Artist] = []

  private let dpi: Double
  /// Index into `Color.defaultCycle` for the next line plotted without a colour.
  private var nextCycleIndex = 0

  init(dpi: Double) {
    self.dpi = dpi
  }

  /// Plots `y` against `x` as a line.
  /// - Parameters:
  ///   - color: the line colour; nil takes the next colour of `Color.defaultCycle`.
  ///   - lineWidth: stroke width in points (matplotlib's default is 1.5).
  ///   - label: a name for the series, kept on the `Line`.
  /// - Throws: `PlotError` if `x` and `y` differ in length, are empty, or the width
  ///   is negative or not finite.
  public func plot(x: [Double], y: [Double], color: Color? = nil, lineWidth: Double = 1.5, label: String? = nil) throws {
    guard x.count == y.count else {
      throw PlotError("plot needs x and y of the same length, but x has \(x.count) values and y has \(y.count).")
    }
    guard !x.isEmpty else {
      throw PlotError("plot needs at least one point, but the data is empty.")
    }
    guard lineWidth.isFinite, lineWidth >= 0 else {
      throw PlotError("Line width must be a finite number of points, 0 or more; got \(lineWidth).")
    }
    let resolvedColor: Color
    if let color {
      resolvedColor = color
    } else {
      // Like matplotlib, only lines without an explicit colour advance the cycle.
      resolvedColor = Color.defaultCycle[nextCycleIndex % Color.defaultCycle.count]
      nextCycleIndex += 1
    }
    add(Line(x: x, y: y, color: resolvedColor, lineWidth: lineWidth, label: label))
  }

  /// Adds an artist to draw in the data area, after those already there.
  func add(_ artist: Artist) {
    artists.append(artist)
  }

  /// Plots `y` against its indices 0, 1, 2, …, like matplotlib's `plot(y)`.
  /// - Throws: `PlotError` if `y` is empty or the width is invalid.
  public func plot(y: [Double], color: Color? = nil, lineWidth: Double = 1.5, label: String? = nil) throws {
    try plot(x: y.indices.map(Double.init), y: y, color: color, lineWidth: lineWidth, label: label)
  }

  /// Draws the axes and everything in it, with the data area occupying `box`.
  func draw(on canvas: Canvas, in box: Rect) {
    let layout = Layout(pixelsPerPoint: dpi / 72)
    let limits = viewLimits()
    let transform = DataTransform(x: limits.x, y: limits.y, box: box)
    // matplotlib sizes tick density by the room labels need: three font sizes per
    // tick across, two up the side (Axis.get_tick_space).
    let xTicks = Ticks(lower: limits.x.lower, upper: limits.x.upper,
                       bins: layout.tickBins(length: box.width, labelSpacing: 3))
    let yTicks = Ticks(lower: limits.y.lower, upper: limits.y.upper,
                       bins: layout.tickBins(length: box.height, labelSpacing: 2))

    canvas.setColor(.white)
    canvas.fillRect(box)
    canvas.save()
    canvas.clip(toRect: box)
    let context = DrawContext(transform: transform, pixelsPerPoint: layout.pixelsPerPoint)
    for artist in artists {
      artist.draw(on: canvas, context: context)
    }
    canvas.restore()

    canvas.save()
    canvas.setColor(.black)
    drawSpines(on: canvas, box: box, layout: layout)
    let labelsBottom = drawXTicks(xTicks, on: canvas, transform: transform, layout: layout)
    let labelsLeft = drawYTicks(yTicks, on: canvas, transform: transform, layout: layout)
    drawAxisLabels(on: canvas, box: box, below: labelsBottom, leftOf: labelsLeft, layout: layout)
    drawTitle(on: canvas, box: box, yOffsetLabel: yTicks.offsetLabel, layout: layout)
    canvas.restore()
  }

  /// Autoscaled limits covering every finite point, or 0...1 for axes with no data, as in matplotlib.
  private func viewLimits() -> (x: ViewLimits, y: ViewLimits) {
    let bounds = artists.reduce(DataBounds()) { $0.union($1.bounds) }
    let x = bounds.x.map { ViewLimits(dataMin: $0.lowerBound, dataMax: $0.upperBound) } ?? ViewLimits(lower: 0, upper: 1)
    let y = bounds.y.map { ViewLimits(dataMin: $0.lowerBound, dataMax: $0.upperBound) } ?? ViewLimits(lower: 0, upper: 1)
    return (x, y)
  }

  private func drawSpines(on canvas: Canvas, box: Rect, layout: Layout) {
    let width = layout.spineWidth
    canvas.setLineWidth(width)
    // matplotlib's spines use projecting caps, which close the corners.
    canvas.setLineCap(.projecting)
    let left = layout.snap(box.x, width: width)
    let right = layout.snap(box.x + box.width, width: width)
    let top = layout.snap(box.y, width: width)
    let bottom = layout.snap(box.y + box.height, width: width)
    canvas.stroke([Point(x: left, y: top), Point(x: left, y: bottom)])
    canvas.stroke([Point(x: right, y: top), Point(x: right, y: bottom)])
    canvas.stroke([Point(x: left, y: top), Point(x: right, y: top)])
    canvas.stroke([Point(x: left, y: bottom), Point(x: right, y: bottom)])
  }

  /// Draws the bottom ticks, their labels and the offset text; returns the lowest
  /// pixel row the labels reach (the spine's row when there are none).
  private func drawXTicks(_ ticks: Ticks, on canvas: Canvas, transform: DataTransform, layout: Layout) -> Double {
    let spine = transform.box.y + transform.box.height
    canvas.setLineWidth(layout.tickWidth)
    canvas.setLineCap(.butt)
    let start = layout.snap(spine, width: layout.tickWidth)
    let end = layout.snap(spine + layout.tickLength, width: layout.tickWidth)
    let labelTop = spine + layout.tickLength + layout.tickPad
    var labelsBottom = spine
    for (position, label) in zip(ticks.positions, ticks.labels) {
      let x = transform.pixelX(position)
      let snapped = layout.snap(x, width: layout.tickWidth)
      canvas.stroke([Point(x: snapped, y: start), Point(x: snapped, y: end)])
      canvas.text(label, at: Point(x: x, y: labelTop), size: layout.tickLabelSize,
            anchor: TextAnchor(horizontal: .center, vertical: .top), rotation: 0)
      labelsBottom = max(labelsBottom, labelTop + canvas.measureText(label, size: layout.tickLabelSize).height)
    }
    if !ticks.offsetLabel.isEmpty {
      canvas.text(ticks.offsetLabel, at: Point(x: transform.box.x + transform.box.width, y: labelsBottom + layout.offsetTextPad),
            size: layout.tickLabelSize, anchor: TextAnchor(horizontal: .right, vertical: .top), rotation: 0)
    }
    return labelsBottom
  }

  /// Draws the left ticks, their labels and the offset text; returns the leftmost
  /// pixel column the labels reach (the spine's column when there are none).
  private func drawYTicks(_ ticks: Ticks, on canvas: Canvas, transform: DataTransform, layout: Layout) -> Double {
    let spine = transform.box.x
    canvas.setLineWidth(layout.tickWidth)
    canvas.setLineCap(.butt)
    let start = layout.snap(spine, width: layout.tickWidth)
    let end = layout.snap(spine - layout.tickLength, width: layout.tickWidth)
    let labelRight = spine - layout.tickLength - layout.tickPad
    var labelsLeft = spine
    for (position, label) in zip(ticks.positions, ticks.labels) {
      let y = transform.pixelY(position)
      let snapped = layout.snap(y, width: layout.tickWidth)
      canvas.stroke([Point(x: start, y: snapped), Point(x: end, y: snapped)])
      canvas.text(label, at: Point(x: labelRight, y: y), size: layout.tickLabelSize,
            anchor: TextAnchor(horizontal: .right, vertical: .centerBaseline), rotation: 0)
      labelsLeft = min(labelsLeft, labelRight - canvas.measureText(label, size: layout.tickLabelSize).width)
    }
    if !ticks.offsetLabel.isEmpty {
      canvas.text(ticks.offsetLabel, at: Point(x: spine, y: transform.box.y - layout.offsetTextPad),
            size: layout.tickLabelSize, anchor: TextAnchor(horizontal: .left, vertical: .bottom), rotation: 0)
    }
    return labelsLeft
  }

  private func drawAxisLabels(on canvas: Canvas, box: Rect, below labelsBottom: Double, leftOf labelsLeft: Double, layout: Layout) {
    if let xlabel, !xlabel.isEmpty {
      canvas.text(xlabel, at: Point(x: box.x + box.width / 2, y: labelsBottom + layout.labelPad),
            size: layout.labelSize, anchor: TextAnchor(horizontal: .center, vertical: .top), rotation: 0)
    }
    if let ylabel, !ylabel.isEmpty {
      // Rotated a quarter turn, the text's bottom edge faces the tick labels.
      canvas.text(ylabel, at: Point(x: labelsLeft - layout.labelPad, y: box.y + box.height / 2),
            size: layout.labelSize, anchor: TextAnchor(horizontal: .center, vertical: .bottom), rotation: .pi / 2)
    }
  }

  private func drawTitle(on canvas: Canvas, box: Rect, yOffsetLabel: String, layout: Layout) {
    guard let title, !title.isEmpty else { return }
    let centre = box.x + box.width / 2
    let titleWidth = canvas.measureText(title, size: layout.titleSize).width
    let offsetSize = canvas.measureText(yOffsetLabel, size: layout.tickLabelSize)
    // The y offset text sits above the top-left corner; like matplotlib, lift a
    // title wide enough to collide with it clear of it.
    if !yOffsetLabel.isEmpty, centre - titleWidth / 2 < box.x + offsetSize.width {
      let offsetTop = box.y - layout.offsetTextPad - offsetSize.height
      canvas.text(title, at: Point(x: centre, y: offsetTop - layout.offsetTextPad), size: layout.titleSize,
            anchor: TextAnchor(horizontal: .center, vertical: .bottom), rotation: 0)
    } else {
      canvas.text(title, at: Point(x: centre, y: box.y - layout.titlePad), size: layout.titleSize,
            anchor: TextAnchor(horizontal: .center, vertical: .baseline), rotation: 0)
    }
  }
}

/// matplotlib's default sizes (rcParams), converted from points to pixels.
private struct Layout {
  let pixelsPerPoint: Double

  /// axes.linewidth
  var spineWidth: Double { 0.8 * pixelsPerPoint }
  /// xtick.major.size / ytick.major.size
  var tickLength: Double { 3.5 * pixelsPerPoint }
  /// xtick.major.width / ytick.major.width
  var tickWidth: Double { 0.8 * pixelsPerPoint }
  /// xtick.major.pad / ytick.major.pad, measured from the tick's outer end.
  var tickPad: Double { 3.5 * pixelsPerPoint }
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
