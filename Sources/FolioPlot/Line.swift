/// A data series drawn as a polyline: the artist `Axes.plot` creates.
public struct Line: Sendable, Artist {
  /// Horizontal data values.
  public let x: [Double]
  /// Vertical data values, one per `x`.
  public let y: [Double]
  /// Stroke colour.
  public let color: Color
  /// Stroke width in points (1/72 inch).
  public let lineWidth: Double
  /// Name for a legend entry, if one was given.
  public let label: String?

  var bounds: DataBounds {
    // Only points with both coordinates finite count, as matplotlib's data limits do.
    let finite = zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }
    return DataBounds(x: DataBounds.range(finite.map(\.0)), y: DataBounds.range(finite.map(\.1)))
  }

  /// Strokes the series; a point with a NaN or infinite coordinate leaves a gap,
  /// as in matplotlib.
  func draw(on canvas: Canvas, context: DrawContext) {
    let transform = context.transform
    canvas.save()
    canvas.setColor(color)
    canvas.setLineWidth(lineWidth * context.pixelsPerPoint)
    // matplotlib's lines.solid_capstyle and lines.solid_joinstyle.
    canvas.setLineCap(.projecting)
    canvas.setLineJoin(.round)
    canvas.stroke(zip(x, y).map { transform.point(x: $0, y: $1) })
    canvas.restore()
  }

  /// A short horizontal stroke across the middle of the key box, as matplotlib's legend draws a line.
  func drawLegendKey(on canvas: Canvas, in box: Rect, context: DrawContext) {
    canvas.save()
    canvas.setColor(color)
    canvas.setLineWidth(lineWidth * context.pixelsPerPoint)
    canvas.setLineCap(.projecting)
    canvas.stroke([Point(x: box.x, y: box.y + box.height / 2), Point(x: box.x + box.width, y: box.y + box.height / 2)])
    canvas.restore()
  }
}
