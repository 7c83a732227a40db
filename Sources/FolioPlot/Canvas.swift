import Glibc

/// A position in canvas pixels; x grows rightwards and y grows downwards.
public struct Point: Equatable, Sendable {
  /// Horizontal position in pixels from the left edge.
  public var x: Double
  /// Vertical position in pixels from the top edge.
  public var y: Double

  /// Creates a point from pixel coordinates.
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// An axis-aligned rectangle in canvas pixels.
public struct Rect: Equatable, Sendable {
  /// Left edge in pixels.
  public var x: Double
  /// Top edge in pixels.
  public var y: Double
  /// Extent to the right of `x`, in pixels.
  public var width: Double
  /// Extent below `y`, in pixels.
  public var height: Double

  /// Creates a rectangle from its top-left corner and size.
  public init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }
}

/// Which point of a text's box is placed at the position given to `Canvas.text`.
///
/// The box is the ink extent of the string widened vertically to the ink extent of
/// "lp", as matplotlib measures text, so labels in one row share a top and bottom
/// whatever glyphs they contain.
public struct TextAnchor: Equatable, Sendable {
  /// Horizontal reference: the box's left edge, centre or right edge.
  public enum Horizontal: Sendable { case left, center, right }
  /// Vertical reference within the box.
  public enum Vertical: Sendable {
    /// The box's top edge.
    case top
    /// Halfway between the box's top and bottom edges.
    case center
    /// Halfway between the baseline and the box's top; matplotlib's
    /// `center_baseline`, which centres digits on a tick regardless of descenders.
    case centerBaseline
    /// The text's baseline.
    case baseline
    /// The box's bottom edge.
    case bottom
  }

  /// Horizontal reference point.
  public var horizontal: Horizontal
  /// Vertical reference point.
  public var vertical: Vertical

  /// Creates an anchor from its horizontal and vertical references.
  public init(horizontal: Horizontal, vertical: Vertical) {
    self.horizontal = horizontal
    self.vertical = vertical
  }

  /// Where the text's origin (the left end of its baseline) goes relative to the
  /// anchor point, for an unrotated box given relative to that origin (y down).
  func originOffset(for box: TextBox) -> Point {
    let x: Double
    switch horizontal {
    case .left: x = -box.left
    case .center: x = -(box.left + box.width / 2)
    case .right: x = -(box.left + box.width)
    }
    let y: Double
    switch vertical {
    case .top: y = -box.top
    case .center: y = -(box.top + box.bottom) / 2
    case .centerBaseline: y = -box.top / 2
    case .baseline: y = 0
    case .bottom: y = -box.bottom
    }
    return Point(x: x, y: y)
  }
}

/// The box a piece of text anchors, relative to its origin on the baseline (y down):
/// the ink's left edge and width, and the top and bottom widened to those of "lp".
struct TextBox {
  var left: Double
  var width: Double
  var top: Double
  var bottom: Double

  /// The axis-aligned pixel rectangle this box covers once its anchor point is put at
  /// `point` and the text turned counter-clockwise by `rotation` about it.
  func bounds(anchor: TextAnchor, at point: Point, rotation: Double) -> Rect {
    let origin = anchor.originOffset(for: self)
    let corners = [(left, top), (left + width, top), (left, bottom), (left + width, bottom)].map { corner in
      let x = origin.x + corner.0
      let y = origin.y + corner.1
      // Screen y points down, so a counter-clockwise turn by θ maps (x, y) to
      // (x cos θ + y sin θ, −x sin θ + y cos θ).
      return Point(x: point.x + x * cos(rotation) + y * sin(rotation),
                   y: point.y - x * sin(rotation) + y * cos(rotation))
    }
    let xs = corners.map(\.x)
    let ys = corners.map(\.y)
    let minX = xs.min() ?? point.x
    let minY = ys.min() ?? point.y
    return Rect(x: minX, y: minY, width: (xs.max() ?? minX) - minX, height: (ys.max() ?? minY) - minY)
  }
}

/// How the ends of stroked paths are drawn.
public enum LineCap: Sendable {
  /// The stroke stops exactly at the end point.
  case butt
  /// A half-disc is added beyond the end point.
  case round
  /// A half-square is added beyond the end point (matplotlib's "projecting").
  case projecting
}

/// How corners between stroked segments are drawn.
public enum LineJoin: Sendable {
  /// Sharp corner, extended to a point.
  case miter
  /// Rounded corner.
  case round
  /// Corner cut off flat.
  case bevel
}

/// The drawing surface artists render onto: a small set of primitives in pixel
/// coordinates (origin at the top-left, y down), so artists never touch Cairo.
///
/// A fresh canvas is fully transparent and its state is: colour opaque black, line
/// width 1 px, solid lines (no dash), butt caps, miter joins, identity transform and
/// no clip. `save()`/`restore()` push and pop all of that state.
public protocol Canvas: AnyObject {
  /// Pushes a copy of the current state (colour, line style, transform, clip).
  func save()
  /// Pops the state pushed by the matching `save()`.
  func restore()
  /// Moves the origin by the given number of pixels (in the current transform).
  func translate(x: Double, y: Double)
  /// Rotates later drawing counter-clockwise on screen by `radians` about the current origin.
  func rotate(radians: Double)
  /// Sets the colour used by strokes, fills and text. Initially opaque black.
  func setColor(_ color: Color)
  /// Sets the stroke width in pixels; negative or non-finite widths count as 0. Initially 1.
  func setLineWidth(_ pixels: Double)
  /// Sets alternating on/off dash lengths in pixels; empty means solid. Initially solid.
  /// A pattern with a negative or non-finite length, or only zeros, also means solid.
  func setDash(_ pattern: [Double])
  /// Sets the cap drawn at the ends of strokes. Initially `.butt`.
  func setLineCap(_ cap: LineCap)
  /// Sets the join drawn at corners of strokes. Initially `.miter`.
  func setLineJoin(_ join: LineJoin)
  /// Strokes a polyline through the points; a non-finite point breaks it into separate runs.
  func stroke(_ path: [Point])
  /// Fills the closed polygon through the points (non-zero winding); non-finite points are skipped.
  func fill(_ polygon: [Point])
  /// Fills a rectangle.
  func fillRect(_ rect: Rect)
  /// Intersects the clip region with a rectangle; undone only by `restore()`.
  func clip(toRect rect: Rect)
  /// Draws one line of text of `size` pixels, placing its `anchor` point at `point`
  /// and rotating it counter-clockwise on screen by `rotation` radians about that point.
  func text(_ string: String, at point: Point, size: Double, anchor: TextAnchor, rotation: Double)
  /// The size in pixels of the box `text` would anchor, for a string at `size` pixels.
  func measureText(_ string: String, size: Double) -> (width: Double, height: Double)
  /// The axis-aligned rectangle in pixels that the same `text` call would cover, so
  /// layouts can keep labels apart; zero-sized at `point` for empty text.
  func textBounds(_ string: String, at point: Point, size: Double, anchor: TextAnchor, rotation: Double) -> Rect
}

extension Rect {
  /// The smallest rectangle holding both.
  func union(_ other: Rect) -> Rect {
    let left = min(x, other.x)
    let top = min(y, other.y)
    return Rect(x: left, y: top, width: max(x + width, other.x + other.width) - left,
                height: max(y + height, other.y + other.height) - top)
  }

  /// Whether the two overlap by more than a touching edge.
  func intersects(_ other: Rect) -> Bool {
    x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
  }

  /// Whether `point` lies inside or on the edge.
  func contains(_ point: Point) -> Bool {
    x <= point.x && point.x <= x + width && y <= point.y && point.y <= y + height
  }
}
