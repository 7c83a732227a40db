import Glibc

/// A symbol drawn at each data point of a line; the raw values are matplotlib's codes.
public enum Marker: String, Sendable, CaseIterable {
  /// A filled circle ("o").
  case circle = "o"
  /// A filled square ("s").
  case square = "s"
  /// A filled triangle pointing up ("^").
  case triangleUp = "^"
  /// A filled triangle pointing down ("v").
  case triangleDown = "v"
  /// A diagonal cross, stroked only ("x").
  case cross = "x"
  /// An upright cross, stroked only ("+").
  case plus = "+"
  /// A small filled circle, half the circle's diameter (".").
  case point = "."
  /// A filled five-pointed star ("*").
  case star = "*"
  /// A filled square turned 45° ("D").
  case diamond = "D"

  /// Parses a matplotlib marker code such as `"o"` or `"^"`.
  /// - Throws: `PlotError` listing the supported codes.
  public init(parsing code: String) throws {
    guard let marker = Marker(rawValue: code) else {
      let known = Marker.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
      throw PlotError("Unknown marker '\(code)': use one of \(known).")
    }
    self = marker
  }

  /// The marker's polygon (filled markers) or strokes (crosses), `size` pixels across and
  /// centred on `centre`.
  func paths(centre: Point, size: Double) -> [[Point]] {
    outline(size: size).map { $0.map { Point(x: centre.x + $0.x, y: centre.y + $0.y) } }
  }

  /// Draws the marker centred on each finite point, `size` pixels across (matplotlib's
  /// markersize), filled with `color` and edged in it `edgeWidth` pixels wide (lines.markeredgewidth).
  func draw(at centers: [Point], size: Double, edgeWidth: Double, color: Color, on canvas: Canvas) {
    let outline = self.outline(size: size)
    canvas.save()
    canvas.setColor(color)
    canvas.setLineWidth(edgeWidth)
    canvas.setDash([])
    canvas.setLineCap(.butt)
    // matplotlib's MarkerStyle uses round joins for round shapes and miter for corners.
    canvas.setLineJoin(self == .circle || self == .point ? .round : .miter)
    for center in centers where center.x.isFinite && center.y.isFinite {
      let shape = outline.map { $0.map { Point(x: center.x + $0.x, y: center.y + $0.y) } }
      if isFilled, let polygon = shape.first {
        canvas.fill(polygon)
        // Going round one more corner makes the start a join rather than two butt ends.
        canvas.stroke(polygon + polygon.prefix(2))
      } else {
        shape.forEach(canvas.stroke)
      }
    }
    canvas.restore()
  }

  /// Crosses are strokes; every other marker is a filled polygon.
  var isFilled: Bool { self != .cross && self != .plus }

  /// The marker's polygon (or strokes, for crosses) around the origin, y down, for a
  /// marker `size` pixels across, following matplotlib's unit paths scaled by 0.5.
  private func outline(size: Double) -> [[Point]] {
    let r = size / 2
    // 32 sides read as round up to markers several times the default size; the
    // point marker is half as wide, so half as many suffice.
    switch self {
    case .circle: return [regularPolygon(sides: 32, radius: r, rotation: 0)]
    case .point: return [regularPolygon(sides: 16, radius: r / 2, rotation: 0)]
    case .square: return [[Point(x: -r, y: -r), Point(x: r, y: -r), Point(x: r, y: r), Point(x: -r, y: r)]]
    case .triangleUp: return [[Point(x: 0, y: -r), Point(x: -r, y: r), Point(x: r, y: r)]]
    case .triangleDown: return [[Point(x: 0, y: r), Point(x: r, y: -r), Point(x: -r, y: -r)]]
    // matplotlib's diamond is the unit square turned 45°, so its points reach r·√2.
    case .diamond:
      let d = r * 2.0.squareRoot()
      return [[Point(x: 0, y: -d), Point(x: d, y: 0), Point(x: 0, y: d), Point(x: -d, y: 0)]]
    case .star: return [star(radius: r)]
    case .cross: return [[Point(x: -r, y: -r), Point(x: r, y: r)], [Point(x: -r, y: r), Point(x: r, y: -r)]]
    case .plus: return [[Point(x: -r, y: 0), Point(x: r, y: 0)], [Point(x: 0, y: -r), Point(x: 0, y: r)]]
    }
  }

  private func regularPolygon(sides: Int, radius: Double, rotation: Double) -> [Point] {
    (0..<sides).map { index in
      let angle = rotation + 2 * Double.pi * Double(index) / Double(sides)
      return Point(x: radius * sin(angle), y: -radius * cos(angle))
    }
  }

  /// matplotlib's unit_regular_star(5): points on `radius`, inner corners on 0.381966
  /// of it (the golden-ratio star), first point straight up.
  private func star(radius: Double) -> [Point] {
    let outer = regularPolygon(sides: 5, radius: radius, rotation: 0)
    let inner = regularPolygon(sides: 5, radius: radius * 0.381966, rotation: Double.pi / 5)
    return zip(outer, inner).flatMap { [$0, $1] }
  }
}
