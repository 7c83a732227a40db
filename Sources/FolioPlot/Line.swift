/// A data series drawn as a polyline with optional markers: the artist `Axes.plot` creates.
public struct Line: Sendable, Artist {
  /// Horizontal data values.
  public let x: [Double]
  /// Vertical data values, one per `x`.
  public let y: [Double]
  /// Stroke, marker face and marker edge colour, with `alpha` already applied.
  public let color: Color
  /// Stroke width in points (1/72 inch).
  public let lineWidth: Double
  /// How the line between points is stroked.
  public let lineStyle: LineStyle
  /// The symbol drawn at each point, or nil for none.
  public let marker: Marker?
  /// The marker's size across, in points.
  public let markerSize: Double
  /// Name for a legend entry, if one was given.
  public let label: String?

  /// matplotlib's lines.markeredgewidth, in points.
  static let markerEdgeWidth = 1.0

  var bounds: DataBounds {
    // Only points with both coordinates finite count, as matplotlib's data limits do.
    let finite = zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }
    return DataBounds(x: DataBounds.range(finite.map(\.0)), y: DataBounds.range(finite.map(\.1)))
  }

  /// Strokes the series, then its markers on top; a point with a NaN or infinite
  /// coordinate leaves a gap, as in matplotlib.
  func draw(on canvas: Canvas, context: DrawContext) {
    let points = zip(x, y).map { context.transform.point(x: $0, y: $1) }
    if lineStyle != .none {
      canvas.save()
      canvas.setColor(color)
      lineStyle.apply(to: canvas, width: lineWidth * context.pixelsPerPoint)
      canvas.stroke(points)
      canvas.restore()
    }
    marker?.draw(at: points, size: markerSize * context.pixelsPerPoint,
                 edgeWidth: Line.markerEdgeWidth * context.pixelsPerPoint, color: color, on: canvas)
  }

  /// A short stroke across the middle of the key box in the line's style, with one
  /// marker at its centre (matplotlib's legend.numpoints is 1).
  func drawLegendKey(on canvas: Canvas, in box: Rect, context: DrawContext) {
    let middle = box.y + box.height / 2
    if lineStyle != .none {
      canvas.save()
      canvas.setColor(color)
      lineStyle.apply(to: canvas, width: lineWidth * context.pixelsPerPoint)
      canvas.stroke([Point(x: box.x, y: middle), Point(x: box.x + box.width, y: middle)])
      canvas.restore()
    }
    marker?.draw(at: [Point(x: box.x + box.width / 2, y: middle)], size: markerSize * context.pixelsPerPoint,
                 edgeWidth: Line.markerEdgeWidth * context.pixelsPerPoint, color: color, on: canvas)
  }

  func legendObstacles(context: DrawContext) -> LegendObstacles {
    // Like matplotlib, the path counts even when only markers are drawn along it.
    LegendObstacles(polylines: [zip(x, y).map { context.transform.point(x: $0, y: $1) }])
  }
}
