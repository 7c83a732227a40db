/// Markers at data points, each with its own size and colour: the artist `Axes.scatter` creates.
public struct Scatter: PatchCycleArtist {
  /// Horizontal positions.
  public let x: [Double]
  /// Vertical positions, one per `x`.
  public let y: [Double]
  /// Marker areas in points², one per point.
  public let sizes: [Double]
  /// Marker colours, one per point.
  public let colors: [Color]
  /// The marker shape.
  public let marker: Marker
  /// Name for a legend entry, if one was given.
  public let label: String?
  let tookCycleColor: Bool

  /// matplotlib's scatter edge width for filled markers (rcParams['patch.linewidth']), drawn in the face colour.
  static let filledEdgeWidth = 1.0
  /// matplotlib's scatter stroke width for x and + (rcParams['lines.linewidth']).
  static let strokeWidth = 1.5

  var bounds: DataBounds {
    let finite = zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }
    return DataBounds(x: DataBounds.range(finite.map(\.0)), y: DataBounds.range(finite.map(\.1)))
  }

  func draw(on canvas: Canvas, context: DrawContext) {
    canvas.save()
    canvas.setLineCap(.butt)
    canvas.setLineJoin(.round)
    for index in x.indices where x[index].isFinite && y[index].isFinite {
      drawMarker(on: canvas, at: context.transform.point(x: x[index], y: y[index]),
                 area: sizes[index], color: colors[index], pixelsPerPoint: context.pixelsPerPoint)
    }
    canvas.restore()
  }

  /// One marker of the middle size in the middle of the box, as matplotlib's legend shows a scatter.
  func drawLegendKey(on canvas: Canvas, in box: Rect, context: DrawContext) {
    guard let smallest = sizes.min(), let largest = sizes.max(), let color = colors.first else { return }
    canvas.save()
    drawMarker(on: canvas, at: Point(x: box.x + box.width / 2, y: box.y + box.height / 2),
               area: (smallest + largest) / 2, color: color, pixelsPerPoint: context.pixelsPerPoint)
    canvas.restore()
  }

  /// Draws one marker whose area is `area` points², i.e. `√area` points across.
  private func drawMarker(on canvas: Canvas, at centre: Point, area: Double, color: Color, pixelsPerPoint: Double) {
    let paths = marker.paths(centre: centre, size: area.squareRoot() * pixelsPerPoint)
    canvas.setColor(color)
    if marker.isFilled {
      // The face and an edge of the same colour, as scatter's edgecolors='face' draws them.
      canvas.fill(paths[0])
      canvas.setLineWidth(Scatter.filledEdgeWidth * pixelsPerPoint)
      canvas.stroke(paths[0] + [paths[0][0]])
    } else {
      canvas.setLineWidth(Scatter.strokeWidth * pixelsPerPoint)
      for path in paths {
        canvas.stroke(path)
      }
    }
  }
}

extension Axes {
  /// Draws a marker at each (x, y), like matplotlib's `scatter`.
  /// - Parameters:
  ///   - size: marker areas in points² (matplotlib's `s`): one value for all points or one per
  ///     point; the default 36 is rcParams['lines.markersize']².
  ///   - color: one colour for every marker; nil (and no `values`) takes the axes' next patch
  ///     cycle colour, as matplotlib does.
  ///   - values: numbers mapped through `colormap` to colour each marker (matplotlib's `c`),
  ///     scaled from `vmin` to `vmax` (default: their minimum and maximum); NaN draws nothing.
  ///   - marker: the shape; matplotlib's default is a circle.
  ///   - alpha: opacity from 0 to 1 applied to every marker.
  ///   - label: a name for a legend entry.
  /// - Throws: `PlotError` for mismatched or empty data, sizes that are negative or not finite,
  ///   both `color` and `values`, bad colour limits, or an alpha outside 0...1.
  public func scatter(x: [Double], y: [Double], size: [Double] = [36], color: Color? = nil,
                      values: [Double]? = nil, colormap: Colormap = .viridis,
                      vmin: Double? = nil, vmax: Double? = nil, marker: Marker = .circle,
                      alpha: Double = 1, label: String? = nil) throws {
    guard x.count == y.count else {
      throw PlotError("scatter needs x and y of the same length, but x has \(x.count) values and y has \(y.count).")
    }
    guard !x.isEmpty else {
      throw PlotError("scatter needs at least one point, but the data is empty.")
    }
    guard size.count == 1 || size.count == x.count else {
      throw PlotError("scatter needs one size or one per point (\(x.count)), but \(size.count) were given.")
    }
    if let bad = size.first(where: { !$0.isFinite || $0 < 0 }) {
      throw PlotError("Marker sizes must be finite areas in points², 0 or more; got \(bad).")
    }
    guard alpha.isFinite, (0...1).contains(alpha) else {
      throw PlotError("alpha must be between 0 and 1, but it is \(alpha).")
    }
    var colors: [Color]
    var tookCycleColor = false
    if let values {
      guard color == nil else {
        throw PlotError("scatter takes either one color or per-point values for a colormap, not both.")
      }
      guard values.count == x.count else {
        throw PlotError("scatter needs one colour value per point (\(x.count)), but \(values.count) were given.")
      }
      let norm = try Normalize.fitted(to: values, vmin: vmin, vmax: vmax)
      colors = values.map { colormap.color(at: norm.fraction(of: $0)) }
    } else {
      tookCycleColor = color == nil
      colors = Array(repeating: color ?? nextPatchCycleColor(), count: x.count)
    }
    colors = colors.map { Color(red: $0.red, green: $0.green, blue: $0.blue, alpha: $0.alpha * alpha) }
    let sizes = size.count == 1 ? Array(repeating: size[0], count: x.count) : size
    add(Scatter(x: x, y: y, sizes: sizes, colors: colors, marker: marker, label: label, tookCycleColor: tookCycleColor))
  }
}
