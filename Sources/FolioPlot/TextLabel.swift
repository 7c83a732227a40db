/// A line of text placed at a data point: the artist `Axes.text` creates.
///
/// As in matplotlib, the point is the left end of the text's baseline, the text does
/// not affect autoscaling, and it is not clipped at the axes edge.
struct TextLabel: Artist {
  let x: Double
  let y: Double
  let text: String
  /// Font size in points.
  let fontSize: Double
  let color: Color

  var bounds: DataBounds { DataBounds(x: nil, y: nil) }
  var label: String? { nil }
  var clipsToAxes: Bool { false }

  func draw(on canvas: Canvas, context: DrawContext) {
    canvas.save()
    canvas.setColor(color)
    canvas.text(text, at: context.transform.point(x: x, y: y), size: fontSize * context.pixelsPerPoint,
                anchor: TextAnchor(horizontal: .left, vertical: .baseline), rotation: 0)
    canvas.restore()
  }

  func drawLegendKey(on canvas: Canvas, in box: Rect, context: DrawContext) {}
}
