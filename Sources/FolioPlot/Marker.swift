import Foundation

/// A marker shape, named by matplotlib's marker code.
public enum Marker: String, CaseIterable, Sendable {
  /// A filled circle, `"o"`.
  case circle = "o"
  /// A filled square, `"s"`.
  case square = "s"
  /// A filled upward triangle, `"^"`.
  case triangleUp = "^"
  /// A filled diamond, `"D"`: a square turned 45°.
  case diamond = "D"
  /// Two crossed diagonal strokes, `"x"`.
  case x = "x"
  /// Two crossed upright strokes, `"+"`.
  case plus = "+"

  /// Parses a matplotlib marker code such as `"o"` or `"^"`.
  /// - Throws: `PlotError` listing the supported codes.
  public init(parsing code: String) throws {
    guard let marker = Marker(rawValue: code) else {
      let known = Marker.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
      throw PlotError("Unknown marker '\(code)': use one of \(known).")
    }
    self = marker
  }

  /// Whether the marker is an area (filled, with an edge in the same colour) rather than strokes.
  var isFilled: Bool { self != .x && self != .plus }

  /// The marker's outline (filled markers) or strokes (x and +) for a marker `size` pixels
  /// across centred on `centre`, following matplotlib's `MarkerStyle` paths.
  func paths(centre: Point, size: Double) -> [[Point]] {
    let half = size / 2
    func at(_ dx: Double, _ dy: Double) -> Point { Point(x: centre.x + dx * half, y: centre.y - dy * half) }
    switch self {
    case .circle:
      // Enough vertices that the polygon strays from the circle by at most ~0.05 px.
      let count = max(12, Int(4 * (2 * Double.pi * half).squareRoot()))
      return [(0..<count).map { index in
        let angle = 2 * Double.pi * Double(index) / Double(count)
        return at(cos(angle), sin(angle))
      }]
    case .square:
      return [[at(-1, -1), at(1, -1), at(1, 1), at(-1, 1)]]
    case .triangleUp:
      return [[at(0, 1), at(-1, -1), at(1, -1)]]
    case .diamond:
      // matplotlib rotates the unit square by 45°, so the diagonals are √2 × size.
      let r = 2.0.squareRoot()
      return [[at(0, r), at(-r, 0), at(0, -r), at(r, 0)]]
    case .x:
      return [[at(-1, -1), at(1, 1)], [at(-1, 1), at(1, -1)]]
    case .plus:
      return [[at(-1, 0), at(1, 0)], [at(0, -1), at(0, 1)]]
    }
  }
}
