/// Something drawn in an axes' data area: a line, a set of markers, bars, an image, contours.
///
/// Axes ask each artist for the data it covers when autoscaling, draw them in the order they
/// were added (clipped to the data area), and ask labelled ones for a legend entry.
protocol Artist {
  /// The data extent to include when autoscaling; nil for artists that do not affect the
  /// limits (a horizontal line at y affects only y, so it reports just that).
  var bounds: DataBounds { get }
  /// Draws the artist; `context` maps data to pixels and points to pixels.
  func draw(on canvas: Canvas, context: DrawContext)
  /// The label shown in a legend, or nil to leave the artist out.
  var label: String? { get }
  /// Edges that autoscaling's margins stop at, as matplotlib's sticky edges: an image's
  /// border, a bar's baseline.
  var stickyEdges: DataBounds { get }
  /// Draws the artist's legend key inside `box` (pixels), e.g. a short line segment.
  func drawLegendKey(on canvas: Canvas, in box: Rect, context: DrawContext)
  /// What a legend placed at `.best` should avoid covering, in pixels. Optional:
  /// artists that do not say are ignored when choosing the legend's place.
  func legendObstacles(context: DrawContext) -> LegendObstacles
  /// Whether drawing is cut off at the axes edge. Optional, default true; text
  /// is not clipped, as in matplotlib.
  var clipsToAxes: Bool { get }
}

extension Artist {
  /// Values autoscaling may reach but not pad past: none by default.
  var stickyEdges: DataBounds { DataBounds() }

  /// No obstacles: the artist does not influence where a `.best` legend goes.
  func legendObstacles(context: DrawContext) -> LegendObstacles { LegendObstacles() }
  /// Clipped to the data area, like matplotlib's lines and patches.
  var clipsToAxes: Bool { true }
}

/// The parts of an artist a legend should not hide, in pixels, scored like
/// matplotlib's `Legend._find_best_position`: each point or polyline vertex inside
/// the legend counts one, each polyline passing through it one more, each box it
/// overlaps one.
struct LegendObstacles {
  /// Marker centres not joined by a line, e.g. a scatter's points.
  var points: [Point] = []
  /// Connected runs of points, e.g. a plotted line; a non-finite point breaks the run.
  var polylines: [[Point]] = []
  /// Filled rectangles, e.g. bars.
  var boxes: [Rect] = []
}

/// The data ranges an artist covers; nil where it covers none.
struct DataBounds {
  var x: ClosedRange<Double>?
  var y: ClosedRange<Double>?

  /// The range of the finite values, or nil if there are none.
  static func range(_ values: [Double]) -> ClosedRange<Double>? {
    var low = Double.infinity
    var high = -Double.infinity
    for value in values where value.isFinite {
      low = Swift.min(low, value)
      high = Swift.max(high, value)
    }
    return low <= high ? low...high : nil
  }

  /// Both ranges widened to include `other`'s.
  func union(_ other: DataBounds) -> DataBounds {
    func join(_ a: ClosedRange<Double>?, _ b: ClosedRange<Double>?) -> ClosedRange<Double>? {
      guard let a else { return b }
      guard let b else { return a }
      return Swift.min(a.lowerBound, b.lowerBound)...Swift.max(a.upperBound, b.upperBound)
    }
    return DataBounds(x: join(x, other.x), y: join(y, other.y))
  }
}

/// What an artist needs to draw: where data goes in pixels, and the size of a point.
struct DrawContext {
  /// Data to pixel coordinates for the axes being drawn.
  let transform: DataTransform
  /// Pixels per typographic point (dpi / 72): line widths and marker sizes are in points.
  let pixelsPerPoint: Double
}
