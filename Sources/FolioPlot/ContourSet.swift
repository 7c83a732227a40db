/// Contour lines or filled bands of a gridded function: the artist `Axes.contour` and
/// `Axes.contourf` create.
public struct ContourSet: Artist {
  /// The levels, increasing: one line each, or the edges of the filled bands.
  public let levels: [Double]
  /// True for filled bands (`contourf`), false for lines (`contour`).
  public let isFilled: Bool
  /// Name for a legend entry, if one was given.
  public let label: String?
  /// Per level (lines) or per band (filled): polylines or polygons in data coordinates.
  let paths: [[[Point]]]
  /// One colour per entry of `paths`.
  let colors: [Color]
  /// Line width in points.
  let lineWidth: Double
  /// Per level, whether its line is dashed (negative levels of single-colour contours).
  let dashed: [Bool]
  let bounds: DataBounds

  /// Contours fill their grid: no margin around it.
  var stickyEdges: DataBounds { bounds }

  /// rcParams['lines.dashed_pattern'], in multiples of the line width (lines.scale_dashes).
  static let dashPattern = [3.7, 1.6]

  func draw(on canvas: Canvas, context: DrawContext) {
    let transform = context.transform
    canvas.save()
    for (index, group) in paths.enumerated() where !group.isEmpty {
      let pixels = group.map { $0.map { transform.point(x: $0.x, y: $0.y) } }
      canvas.setColor(colors[index])
      if isFilled {
        // matplotlib fills contour bands without antialiasing (contourf's antialiased=False), so
        // neighbouring bands tile exactly instead of letting the background show at their seams.
        if let regions = canvas as? RegionCanvas {
          regions.fill(polygons: pixels, antialiased: false)
        } else {
          pixels.forEach(canvas.fill)
        }
      } else {
        let width = lineWidth * context.pixelsPerPoint
        canvas.setLineWidth(width)
        canvas.setLineCap(.butt)
        canvas.setLineJoin(.round)
        canvas.setDash(dashed[index] ? ContourSet.dashPattern.map { $0 * width } : [])
        pixels.forEach(canvas.stroke)
      }
    }
    canvas.restore()
  }

  /// A filled box in the middle band's colour, or a line in the middle level's colour.
  func drawLegendKey(on canvas: Canvas, in box: Rect, context: DrawContext) {
    guard !colors.isEmpty else { return }
    canvas.save()
    canvas.setColor(colors[colors.count / 2])
    if isFilled {
      canvas.fillRect(box)
    } else {
      canvas.setLineWidth(lineWidth * context.pixelsPerPoint)
      canvas.stroke([Point(x: box.x, y: box.y + box.height / 2), Point(x: box.x + box.width, y: box.y + box.height / 2)])
    }
    canvas.restore()
  }
}

extension Axes {
  /// Draws contour lines of `z` sampled on the grid `x` × `y`, like matplotlib's `contour`.
  /// - Parameters:
  ///   - x: the column positions, at least two.
  ///   - y: the row positions, at least two.
  ///   - z: one row per `y`, each with one value per `x`; NaN leaves a hole.
  ///   - levels: the values to draw lines at, increasing; by default about `levelCount` + 1
  ///     rounded values chosen like matplotlib's `MaxNLocator`.
  ///   - levelCount: the number of default levels to aim for (matplotlib's `levels=N`, default 7).
  ///   - colors: one colour for every line (negative levels then dashed, as matplotlib draws
  ///     single-colour contours) or colours repeated across the levels; nil uses `colormap`.
  ///   - colormap: the colours spread from the lowest to the highest level.
  ///   - colorScale: `.log` spreads colours by the levels' logarithm (matplotlib's `LogNorm`).
  ///   - linewidths: line width in points (rcParams['lines.linewidth'], 1.5).
  /// - Returns: the contour set, whose `levels` are those drawn.
  /// - Throws: `PlotError` for a grid shape mismatch, non-finite coordinates, no finite value,
  ///   levels that do not increase, or a bad width or colour scale.
  @discardableResult
  public func contour(x: [Double], y: [Double], z: [[Double]], levels: [Double]? = nil, levelCount: Int? = nil,
                      colors: [Color]? = nil, colormap: Colormap = .viridis, colorScale: Normalize.Scale = .linear,
                      linewidths: Double = 1.5, label: String? = nil) throws -> ContourSet {
    try contour(x: x, y: y, z: Axes.flatten(z, rows: y.count, columns: x.count), levels: levels, levelCount: levelCount,
                colors: colors, colormap: colormap, colorScale: colorScale, linewidths: linewidths, label: label)
  }

  /// `contour` with `z` flattened row by row (`z[j * x.count + i]` at `x[i]`, `y[j]`).
  @discardableResult
  public func contour(x: [Double], y: [Double], z: [Double], levels: [Double]? = nil, levelCount: Int? = nil,
                      colors: [Color]? = nil, colormap: Colormap = .viridis, colorScale: Normalize.Scale = .linear,
                      linewidths: Double = 1.5, label: String? = nil) throws -> ContourSet {
    guard linewidths.isFinite, linewidths >= 0 else {
      throw PlotError("Contour line width must be a finite number of points, 0 or more; got \(linewidths).")
    }
    if let colors, colors.isEmpty {
      throw PlotError("contour needs at least one colour in colors, or nil to use the colormap.")
    }
    let resolved = try Axes.contourLevels(x: x, y: y, z: z, levels: levels, levelCount: levelCount, filled: false)
    let grid = MarchingSquares(x: x, y: y, z: z, levels: resolved)
    let lineColors: [Color]
    if let colors {
      lineColors = resolved.indices.map { colors[$0 % colors.count] }
    } else {
      let norm = try Normalize.fitted(to: resolved, vmin: nil, vmax: nil, scale: colorScale)
      lineColors = resolved.map { colormap.color(at: norm.fraction(of: $0)) }
    }
    let set = ContourSet(levels: resolved, isFilled: false, label: label,
                         paths: resolved.indices.map(grid.lines(atLevel:)), colors: lineColors, lineWidth: linewidths,
                         dashed: resolved.map { colors?.count == 1 && $0 < 0 }, bounds: Axes.gridBounds(x: x, y: y))
    add(set)
    return set
  }

  /// Fills the bands between contour levels of `z` on the grid `x` × `y`, like matplotlib's `contourf`.
  /// - Parameters:
  ///   - levels: the band edges, increasing, at least two; values outside them are not filled.
  ///     By default about `levelCount` + 1 rounded values spanning the data.
  ///   - colormap: band colours, taken at each band's midpoint between the lowest and highest level.
  ///   - colorScale: `.log` spreads colours by the logarithm, for log-spaced levels (`LogNorm`).
  ///   - alpha: opacity from 0 to 1.
  /// - Returns: the contour set, whose `levels` are the band edges.
  /// - Throws: `PlotError` as `contour` does, for fewer than two levels, or an alpha outside 0...1.
  @discardableResult
  public func contourf(x: [Double], y: [Double], z: [[Double]], levels: [Double]? = nil, levelCount: Int? = nil,
                       colormap: Colormap = .viridis, colorScale: Normalize.Scale = .linear,
                       alpha: Double = 1, label: String? = nil) throws -> ContourSet {
    try contourf(x: x, y: y, z: Axes.flatten(z, rows: y.count, columns: x.count), levels: levels, levelCount: levelCount,
                 colormap: colormap, colorScale: colorScale, alpha: alpha, label: label)
  }

  /// `contourf` with `z` flattened row by row (`z[j * x.count + i]` at `x[i]`, `y[j]`).
  @discardableResult
  public func contourf(x: [Double], y: [Double], z: [Double], levels: [Double]? = nil, levelCount: Int? = nil,
                       colormap: Colormap = .viridis, colorScale: Normalize.Scale = .linear,
                       alpha: Double = 1, label: String? = nil) throws -> ContourSet {
    guard alpha.isFinite, (0...1).contains(alpha) else {
      throw PlotError("alpha must be between 0 and 1, but it is \(alpha).")
    }
    let resolved = try Axes.contourLevels(x: x, y: y, z: z, levels: levels, levelCount: levelCount, filled: true)
    let norm = try Normalize.fitted(to: resolved, vmin: nil, vmax: nil, scale: colorScale)
    // matplotlib colours each band by its arithmetic midpoint (ContourSet.layers).
    let bandColors = zip(resolved, resolved.dropFirst()).map { lower, upper -> Color in
      var color = colormap.color(at: norm.fraction(of: (lower + upper) / 2))
      color.alpha *= alpha
      return color
    }
    let set = ContourSet(levels: resolved, isFilled: true, label: label,
                         paths: MarchingSquares(x: x, y: y, z: z, levels: resolved).bands(), colors: bandColors,
                         lineWidth: 0, dashed: [], bounds: Axes.gridBounds(x: x, y: y))
    add(set)
    return set
  }

  /// Checks the grid and returns the levels to use: the given ones, or matplotlib's defaults.
  private static func contourLevels(x: [Double], y: [Double], z: [Double], levels: [Double]?,
                                    levelCount: Int?, filled: Bool) throws -> [Double] {
    guard x.count >= 2, y.count >= 2 else {
      throw PlotError("A contour grid needs at least 2 x and 2 y positions, but it has \(x.count) × \(y.count).")
    }
    guard z.count == x.count * y.count else {
      throw PlotError("A contour grid of \(y.count) rows × \(x.count) columns needs \(x.count * y.count) z values, but \(z.count) were given.")
    }
    guard x.allSatisfy(\.isFinite), y.allSatisfy(\.isFinite) else {
      throw PlotError("Contour grid positions x and y must all be finite.")
    }
    guard let range = DataBounds.range(z) else {
      throw PlotError("Cannot draw contours: z has no finite value.")
    }
    if let levels {
      guard levels.count >= (filled ? 2 : 1) else {
        throw PlotError(filled ? "Filled contours need at least 2 levels, but \(levels.count) were given."
                               : "contour needs at least 1 level, but none were given.")
      }
      guard levels.allSatisfy(\.isFinite), zip(levels, levels.dropFirst()).allSatisfy({ $0 < $1 }) else {
        throw PlotError("Contour levels must be finite and increasing.")
      }
      guard levelCount == nil else {
        throw PlotError("Give contour levels or a levelCount, not both.")
      }
      return levels
    }
    let count = levelCount ?? ContourLevels.defaultCount
    guard count >= 1 else {
      throw PlotError("levelCount must be at least 1, but it is \(count).")
    }
    return ContourLevels.automatic(zmin: range.lowerBound, zmax: range.upperBound, count: count)
  }

  /// Row-major values from rows, checking there is one row per y and one value per x in each.
  private static func flatten(_ z: [[Double]], rows: Int, columns: Int) throws -> [Double] {
    guard z.count == rows else {
      throw PlotError("z needs one row per y position (\(rows)), but it has \(z.count) rows.")
    }
    if let ragged = z.firstIndex(where: { $0.count != columns }) {
      throw PlotError("Each row of z needs one value per x position (\(columns)), but row \(ragged) has \(z[ragged].count).")
    }
    return z.flatMap { $0 }
  }

  /// The area a grid covers.
  private static func gridBounds(x: [Double], y: [Double]) -> DataBounds {
    DataBounds(x: DataBounds.range(x), y: DataBounds.range(y))
  }
}
