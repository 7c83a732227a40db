/// Maps data coordinates to canvas pixels for one axes box.
struct DataTransform {
  /// The data interval shown across the box.
  let x: ViewLimits
  /// The data interval shown up the box.
  let y: ViewLimits
  /// The axes box in pixels.
  let box: Rect
  /// How x values are spaced across the box.
  let xScale: Scale
  /// How y values are spaced up the box.
  let yScale: Scale

  /// Creates a transform; both scales default to linear.
  init(x: ViewLimits, y: ViewLimits, box: Rect, xScale: Scale = .linear, yScale: Scale = .linear) {
    self.x = x
    self.y = y
    self.box = box
    self.xScale = xScale
    self.yScale = yScale
  }

  /// The pixel column of data value `value`; on a log axis a non-positive value gives a non-finite column.
  func pixelX(_ value: Double) -> Double {
    let lower = xScale.forward(x.lower)
    return box.x + (xScale.forward(value) - lower) / (xScale.forward(x.upper) - lower) * box.width
  }

  /// The pixel row of data value `value`; larger values are higher, so rows count up from the bottom edge.
  func pixelY(_ value: Double) -> Double {
    let lower = yScale.forward(y.lower)
    return box.y + box.height - (yScale.forward(value) - lower) / (yScale.forward(y.upper) - lower) * box.height
  }

  /// The pixel position of a data point; non-finite data gives a non-finite point.
  func point(x: Double, y: Double) -> Point {
    Point(x: pixelX(x), y: pixelY(y))
  }
}
