/// A horizontal or vertical line across the whole axes at one data value: the
/// artist `Axes.axhline` and `Axes.axvline` create.
struct ReferenceLine: Artist {
  /// Which way the line runs.
  enum Orientation {
    /// At a y value, from the left spine to the right (`axhline`).
    case horizontal
    /// At an x value, from the bottom spine to the top (`axvline`).
    case vertical
  }

  let orientation: Orientation
  /// The y (horizontal) or x (vertical) value the line marks.
  let value: Double
  let color: Color
  /// Stroke width in points.
  let lineWidth: Double
  let lineStyle: LineStyle
  let label: String?

  /// Only the line's own axis: it spans whatever the other axis shows.
  var bounds: DataBounds {
    let range = value.isFinite ? value...value : nil
    return orientation == .horizontal ? DataBounds(x: nil, y: range) : DataBounds(x: range, y: nil)
  }

  func draw(on canvas: Canvas, context: DrawContext) {
    canvas.save()
    canvas.setColor(color)
    lineStyle.apply(to: canvas, width: lineWidth * context.pixelsPerPoint)
    canvas.stroke(endpoints(context.transform))
    canvas.restore()
  }

  func drawLegendKey(on canvas: Canvas, in box: Rect, context: DrawContext) {
    canvas.save()
    canvas.setColor(color)
    lineStyle.apply(to: canvas, width: lineWidth * context.pixelsPerPoint)
    canvas.stroke([Point(x: box.x, y: box.y + box.height / 2), Point(x: box.x + box.width, y: box.y + box.height / 2)])
    canvas.restore()
  }

  func legendObstacles(context: DrawContext) -> LegendObstacles {
    LegendObstacles(polylines: [endpoints(context.transform)])
  }

  private func endpoints(_ transform: DataTransform) -> [Point] {
    let box = transform.box
    switch orientation {
    case .horizontal:
      let y = transform.pixelY(value)
      return [Point(x: box.x, y: y), Point(x: box.x + box.width, y: y)]
    case .vertical:
      let x = transform.pixelX(value)
      return [Point(x: x, y: box.y), Point(x: x, y: box.y + box.height)]
    }
  }
}
