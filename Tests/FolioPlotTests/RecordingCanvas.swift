import FolioPlot

/// A canvas that draws through to a `CairoCanvas` and records every text it is asked
/// to draw with the rectangle it covers.
final class RecordingCanvas: Canvas {
  /// One `text` call: the string and where it landed.
  struct DrawnText {
    let string: String
    let bounds: Rect
  }

  private(set) var texts: [DrawnText] = []
  private let target: CairoCanvas

  init(width: Int, height: Int) throws {
    target = try CairoCanvas(width: width, height: height)
  }

  func save() { target.save() }
  func restore() { target.restore() }
  func translate(x: Double, y: Double) { target.translate(x: x, y: y) }
  func rotate(radians: Double) { target.rotate(radians: radians) }
  func setColor(_ color: Color) { target.setColor(color) }
  func setLineWidth(_ pixels: Double) { target.setLineWidth(pixels) }
  func setDash(_ pattern: [Double]) { target.setDash(pattern) }
  func setLineCap(_ cap: LineCap) { target.setLineCap(cap) }
  func setLineJoin(_ join: LineJoin) { target.setLineJoin(join) }
  func stroke(_ path: [Point]) { target.stroke(path) }
  func fill(_ polygon: [Point]) { target.fill(polygon) }
  func fillRect(_ rect: Rect) { target.fillRect(rect) }
  func clip(toRect rect: Rect) { target.clip(toRect: rect) }

  func text(_ string: String, at point: Point, size: Double, anchor: TextAnchor, rotation: Double) {
    texts.append(DrawnText(string: string, bounds: textBounds(string, at: point, size: size, anchor: anchor, rotation: rotation)))
    target.text(string, at: point, size: size, anchor: anchor, rotation: rotation)
  }

  func measureText(_ string: String, size: Double) -> (width: Double, height: Double) {
    target.measureText(string, size: size)
  }

  func textBounds(_ string: String, at point: Point, size: Double, anchor: TextAnchor, rotation: Double) -> Rect {
    target.textBounds(string, at: point, size: size, anchor: anchor, rotation: rotation)
  }

  /// The recorded text whose string is `string`.
  func text(_ string: String) -> DrawnText? {
    texts.first { $0.string == string }
  }
}

extension Rect {
  /// Whether the two overlap by more than a shared edge.
  func overlaps(_ other: Rect) -> Bool {
    x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
  }

  /// The centre point.
  var center: Point { Point(x: x + width / 2, y: y + height / 2) }
}

/// Draws `figure` on a recording canvas of its size.
func record(_ figure: Figure) throws -> RecordingCanvas {
  let canvas = try RecordingCanvas(width: figure.pixelWidth, height: figure.pixelHeight)
  try figure.draw(on: canvas)
  return canvas
}
