/// A data series drawn as a polyline: the artist `Axes.plot` creates.
public struct Line: Sendable {
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

  /// Strokes the series; a point with a NaN or infinite coordinate leaves a gap,
  /// as in matplotlib.
  func draw(on canvas: Canvas, transform: DataTransform, pixelsPerPoint: Double) {
    canvas.save()
    canvas.setColor(color)
    canvas.setLineWidth(lineWidth * pixelsPerPoint)
    // matplotlib's lines.solid_capstyle and lines.solid_joinstyle.
    canvas.setLineCap(.projecting)
    canvas.setLineJoin(.round)
    canvas.stroke(zip(x, y).map { transform.point(x: $0, y: $1) })
    canvas.restore()
  }
}
