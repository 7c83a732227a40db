/// Filled rectangles rising from a baseline: the artist `Axes.bar` and `Axes.hist` create.
public struct Bars: PatchCycleArtist {
  /// Left edge of each bar in data units.
  public let lefts: [Double]
  /// Width of each bar in data units.
  public let widths: [Double]
  /// Height of each bar above (or, if negative, below) 0.
  public let heights: [Double]
  /// Fill colour, including its opacity.
  public let color: Color
  /// Name for a legend entry, if one was given.
  public let label: String?
  let tookCycleColor: Bool

  var bounds: DataBounds {
    let drawn = lefts.indices.filter { lefts[$0].isFinite && widths[$0].isFinite && heights[$0].isFinite }
    // The baseline is part of every bar, so the limits always reach 0.
    return DataBounds(x: DataBounds.range(drawn.flatMap { [lefts[$0], lefts[$0] + widths[$0]] }),
                      y: DataBounds.range(drawn.map { heights[$0] } + (drawn.isEmpty ? [] : [0])))
  }

  /// Bars stand on the axis: no margin below the baseline.
  var stickyEdges: DataBounds { DataBounds(x: nil, y: 0...0) }

  func draw(on canvas: Canvas, context: DrawContext) {
    let transform = context.transform
    canvas.save()
    canvas.setColor(color)
    for index in lefts.indices {
      // Edges land on whole pixels, as matplotlib's Agg snaps rectilinear fills, so neighbouring
      // bars meet without a seam and edges stay crisp.
      let left = transform.pixelX(lefts[index]).rounded()
      let right = transform.pixelX(lefts[index] + widths[index]).rounded()
      let base = transform.pixelY(0).rounded()
      let top = transform.pixelY(heights[index]).rounded()
      guard left.isFinite, right.isFinite, base.isFinite, top.isFinite else { continue }
      canvas.fillRect(Rect(x: min(left, right), y: min(base, top), width: abs(right - left), height: abs(base - top)))
    }
    canvas.restore()
  }

  /// A filled box across the key area, as matplotlib's legend shows a patch.
  func drawLegendKey(on canvas: Canvas, in box: Rect, context: DrawContext) {
    canvas.save()
    canvas.setColor(color)
    canvas.fillRect(box)
    canvas.restore()
  }
}

extension Axes {
  /// Draws a bar of height `heights[i]` centred on each `x[i]`, like matplotlib's `bar`.
  /// - Parameters:
  ///   - width: bar width in data units (matplotlib's default 0.8).
  ///   - color: fill colour; nil takes the axes' next patch cycle colour, as matplotlib does.
  ///   - label: a name for a legend entry.
  /// - Throws: `PlotError` for mismatched or empty data, or a width that is negative or not finite.
  public func bar(x: [Double], heights: [Double], width: Double = 0.8, color: Color? = nil, label: String? = nil) throws {
    guard x.count == heights.count else {
      throw PlotError("bar needs one height per x position, but x has \(x.count) values and heights has \(heights.count).")
    }
    guard !x.isEmpty else {
      throw PlotError("bar needs at least one bar, but the data is empty.")
    }
    guard width.isFinite, width >= 0 else {
      throw PlotError("Bar width must be a finite number of data units, 0 or more; got \(width).")
    }
    add(Bars(lefts: x.map { $0 - width / 2 }, widths: Array(repeating: width, count: x.count), heights: heights,
             color: color ?? nextPatchCycleColor(), label: label, tookCycleColor: color == nil))
  }
}
