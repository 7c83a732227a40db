/// Maps data coordinates to canvas pixels for one axes box.
struct DataTransform {
  /// The data interval shown across the box.
  let x: ViewLimits
  /// The data interval shown up the box.
  let y: ViewLimits
  /// The axes box in pixels.
  let box: Rect

  /// The pixel column of data value `value`.
  func pixelX(_ value: Double) -> Double {
    box.x + (value - x.lower) / (x.upper - x.lower) * box.width
  }

  /// The pixel row of data value `value`; larger values are higher, so rows count up from the bottom edge.
  func pixelY(_ value: Double) -> Double {
    box.y + box.height - (value - y.lower) / (y.upper - y.lower) * box.height
  }

  /// The pixel position of a data point; non-finite data gives a non-finite point.
  func point(x: Double, y: Double) -> Point {
    Point(x: pixelX(x), y: pixelY(y))
  }
}
