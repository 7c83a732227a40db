import Foundation

/// Arrows (u, v) drawn at points (x, y) with matplotlib's default quiver look: the artist
/// `Axes.quiver` creates.
public struct Quiver: Artist {
  /// Arrow tail positions, horizontally.
  public let x: [Double]
  /// Arrow tail positions, vertically.
  public let y: [Double]
  /// Arrow components along x.
  public let u: [Double]
  /// Arrow components along y.
  public let v: [Double]
  /// Fill colour (matplotlib's default black).
  public let color: Color
  /// Vector magnitude per axes width of arrow length; nil autoscales.
  public let scale: Double?
  /// Name for a legend entry, if one was given.
  public let label: String?

  /// matplotlib's Quiver defaults, in shaft widths: head width, head length, head length at
  /// the shaft, the shortest shaft (as a multiple of the head length) and the shortest arrow.
  private static let headWidth = 3.0, headLength = 5.0, headAxisLength = 4.5, minShaft = 1.0, minLength = 1.0

  var bounds: DataBounds {
    let finite = zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }
    return DataBounds(x: DataBounds.range(finite.map(\.0)), y: DataBounds.range(finite.map(\.1)))
  }

  /// The arrows that are drawn: those with finite position and components.
  private var drawn: [Int] {
    x.indices.filter { x[$0].isFinite && y[$0].isFinite && u[$0].isFinite && v[$0].isFinite }
  }

  func draw(on canvas: Canvas, context: DrawContext) {
    let indices = drawn
    guard !indices.isEmpty else { return }
    let axesWidth = context.transform.box.width
    let count = Double(x.count)
    // matplotlib's units='width': the shaft is 0.06 / clip(√N, 8, 25) of the axes width, and
    // without a scale the mean arrow is 1 / (1.8 · max(10, √N)) of it.
    let shaftWidth = 0.06 / min(25, max(8, count.squareRoot()))
    let magnitudes = indices.map { (u[$0] * u[$0] + v[$0] * v[$0]).squareRoot() }
    let resolvedScale = scale ?? 1.8 * (magnitudes.reduce(0, +) / Double(magnitudes.count)) * max(10, count.squareRoot())
    let pixelsPerWidthUnit = shaftWidth * axesWidth
    canvas.save()
    canvas.setColor(color)
    for (index, magnitude) in zip(indices, magnitudes) {
      let length = resolvedScale > 0 ? magnitude / (resolvedScale * shaftWidth) : 0
      let tail = context.transform.point(x: x[index], y: y[index])
      // angles='uv': the arrow points along (u, v) on screen, whatever the data aspect.
      let angle = atan2(-v[index], u[index])
      let (cosine, sine) = (cos(angle), sin(angle))
      canvas.fill(Quiver.outline(length: length).map { point in
        Point(x: tail.x + (point.x * cosine - point.y * sine) * pixelsPerWidthUnit,
              y: tail.y + (point.x * sine + point.y * cosine) * pixelsPerWidthUnit)
      })
    }
    canvas.restore()
  }

  /// A short arrow pointing right, as matplotlib's quiver key shows one.
  func drawLegendKey(on canvas: Canvas, in box: Rect, context: DrawContext) {
    let unit = box.height / (2 * Quiver.headWidth)
    canvas.save()
    canvas.setColor(color)
    canvas.fill(Quiver.outline(length: box.width / unit).map {
      Point(x: box.x + $0.x * unit, y: box.y + box.height / 2 + $0.y * unit)
    })
    canvas.restore()
  }

  /// matplotlib's `Quiver._h_arrows` for one arrow `length` shaft widths long, tail at the
  /// origin, pointing along +x (y down): a shaft and head, only a shrunken head when shorter
  /// than the head, or a small hexagonal dot when shorter than `minLength`.
  static func outline(length: Double) -> [Point] {
    if length < minLength {
      return (0..<6).map { step in
        let angle = Double(step) * Double.pi / 3
        return Point(x: cos(angle) * minLength / 2, y: sin(angle) * minLength / 2)
      }
    }
    let shortest = minShaft * headLength
    let xs: [Double]
    let shrink: Double
    if length < shortest {
      xs = [0, shortest - headAxisLength, shortest - headLength, shortest]
      shrink = length / shortest
    } else {
      xs = [0, length - headAxisLength, length - headLength, length]
      shrink = 1
    }
    let ys = [0.5, 0.5, headWidth / 2, 0]
    // Around the outline: the top half from tail to tip, then mirrored back to the tail.
    let order = [0, 1, 2, 3, 2, 1, 0]
    return order.enumerated().map { position, corner in
      Point(x: xs[corner] * shrink, y: (position > 3 ? ys[corner] : -ys[corner]) * shrink)
    }
  }
}

extension Axes {
  /// Draws an arrow of components (u, v) with its tail at each (x, y), like matplotlib's `quiver`.
  /// - Parameters:
  ///   - color: arrow colour (matplotlib's default black).
  ///   - scale: vector magnitude per axes width of arrow length (smaller makes longer arrows);
  ///     nil picks one so the mean arrow is about 1 / (1.8 · max(10, √N)) of the axes width.
  ///   - label: a name for a legend entry.
  /// - Throws: `PlotError` for mismatched or empty data, or a scale that is not finite and positive.
  public func quiver(x: [Double], y: [Double], u: [Double], v: [Double], color: Color = Color(red: 0, green: 0, blue: 0),
                     scale: Double? = nil, label: String? = nil) throws {
    guard x.count == y.count, x.count == u.count, x.count == v.count else {
      throw PlotError("quiver needs x, y, u and v of the same length, but they have \(x.count), \(y.count), \(u.count) and \(v.count) values.")
    }
    guard !x.isEmpty else {
      throw PlotError("quiver needs at least one arrow, but the data is empty.")
    }
    if let scale, !(scale.isFinite && scale > 0) {
      throw PlotError("quiver's scale must be a finite number above 0, but it is \(scale).")
    }
    add(Quiver(x: x, y: y, u: u, v: v, color: color, scale: scale, label: label))
  }
}
