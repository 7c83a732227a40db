/// A grid of values drawn as coloured rectangles through a colormap: the artist `Axes.imshow` creates.
public struct AxesImage: Artist {
  /// Where the image's outer edges sit in data coordinates, in matplotlib's
  /// (left, right, bottom, top) order; the first row is drawn along `top`.
  public struct Extent: Equatable, Sendable {
    /// The x of the first column's outer edge.
    public var left: Double
    /// The x of the last column's outer edge.
    public var right: Double
    /// The y of the last row's outer edge.
    public var bottom: Double
    /// The y of the first row's outer edge.
    public var top: Double

    /// Creates an extent from its four edges.
    public init(left: Double, right: Double, bottom: Double, top: Double) {
      self.left = left
      self.right = right
      self.bottom = bottom
      self.top = top
    }
  }

  /// The number of pixel rows.
  public let rows: Int
  /// The number of pixel columns.
  public let columns: Int
  /// Where the image is placed.
  public let extent: Extent
  /// Name for a legend entry, if one was given.
  public let label: String?
  /// The pixels' colours as straight RGBA bytes, row-major, first row first.
  let rgba: [UInt8]

  var bounds: DataBounds {
    DataBounds(x: min(extent.left, extent.right)...max(extent.left, extent.right),
               y: min(extent.bottom, extent.top)...max(extent.bottom, extent.top))
  }

  /// The image fills its axes: no margin around it.
  var stickyEdges: DataBounds { bounds }

  func draw(on canvas: Canvas, context: DrawContext) {
    let transform = context.transform
    let left = transform.pixelX(extent.left)
    let top = transform.pixelY(extent.top)
    let rect = Rect(x: left, y: top, width: transform.pixelX(extent.right) - left, height: transform.pixelY(extent.bottom) - top)
    if let imageCanvas = canvas as? ImageCanvas {
      imageCanvas.image(rgba, width: columns, height: rows, in: rect)
      return
    }
    // Other canvases get one rectangle per pixel.
    canvas.save()
    let cellWidth = rect.width / Double(columns)
    let cellHeight = rect.height / Double(rows)
    for row in 0..<rows {
      for column in 0..<columns {
        let base = (row * columns + column) * 4
        canvas.setColor(Color(red: Double(rgba[base]) / 255, green: Double(rgba[base + 1]) / 255,
                              blue: Double(rgba[base + 2]) / 255, alpha: Double(rgba[base + 3]) / 255))
        canvas.fillRect(Rect(x: rect.x + Double(column) * cellWidth, y: rect.y + Double(row) * cellHeight,
                             width: cellWidth, height: cellHeight))
      }
    }
    canvas.restore()
  }

  /// Images have no legend key in matplotlib; nothing is drawn.
  func drawLegendKey(on canvas: Canvas, in box: Rect, context: DrawContext) {}
}

extension Axes {
  /// Shows a 2-D array as an image, like matplotlib's `imshow`: each value is one pixel,
  /// coloured through `colormap`, with sharp (nearest-neighbour) pixel edges.
  /// - Parameters:
  ///   - pixels: rows of values, the top row first; every row the same length.
  ///   - colormap: the colours (matplotlib's default viridis; `.gray` for a greyscale picture).
  ///   - vmin: the value shown as the colormap's first colour; by default the data's minimum.
  ///   - vmax: the value shown as its last colour; by default the data's maximum.
  ///   - extent: where the edges go in data coordinates; by default column c covers c ± 0.5
  ///     and row r covers (rows − 1 − r) ± 0.5, so the picture is upright on the axes.
  ///   - alpha: opacity from 0 to 1. NaN values are transparent.
  /// - Throws: `PlotError` for an empty or ragged array, an image too large to draw, a
  ///   degenerate or non-finite extent, bad colour limits, or an alpha outside 0...1.
  public func imshow(_ pixels: [[Double]], colormap: Colormap = .viridis, vmin: Double? = nil, vmax: Double? = nil,
                     extent: AxesImage.Extent? = nil, alpha: Double = 1, label: String? = nil) throws {
    guard let columns = pixels.first?.count, columns > 0 else {
      throw PlotError("imshow needs at least one row with at least one value, but the array is empty.")
    }
    if let ragged = pixels.firstIndex(where: { $0.count != columns }) {
      throw PlotError("imshow needs rows of equal length, but row 0 has \(columns) values and row \(ragged) has \(pixels[ragged].count).")
    }
    try imshow(values: pixels.flatMap { $0 }, rows: pixels.count, columns: columns, colormap: colormap,
               vmin: vmin, vmax: vmax, extent: extent, alpha: alpha, label: label)
  }

  /// Shows `values`, row-major with the top row first, as a `rows × columns` image; otherwise
  /// the same as `imshow(_:colormap:vmin:vmax:extent:alpha:label:)`.
  /// - Throws: `PlotError` if `values` does not hold exactly `rows × columns` numbers, or for the
  ///   problems the array form reports.
  public func imshow(values: [Double], rows: Int, columns: Int, colormap: Colormap = .viridis,
                     vmin: Double? = nil, vmax: Double? = nil, extent: AxesImage.Extent? = nil,
                     alpha: Double = 1, label: String? = nil) throws {
    guard rows > 0, columns > 0 else {
      throw PlotError("imshow needs at least one row and column, but the image is \(rows) × \(columns).")
    }
    guard rows <= CairoCanvas.maximumSide, columns <= CairoCanvas.maximumSide else {
      throw PlotError("imshow draws images up to \(CairoCanvas.maximumSide) pixels a side, but this one is \(rows) × \(columns).")
    }
    guard values.count == rows * columns else {
      throw PlotError("A \(rows) × \(columns) image needs \(rows * columns) values, but \(values.count) were given.")
    }
    guard alpha.isFinite, (0...1).contains(alpha) else {
      throw PlotError("alpha must be between 0 and 1, but it is \(alpha).")
    }
    // matplotlib's default: pixel centres at whole numbers, row 0 at the top (origin "upper"),
    // so the y axis counts down the image.
    let placement = extent ?? AxesImage.Extent(left: -0.5, right: Double(columns) - 0.5, bottom: Double(rows) - 0.5, top: -0.5)
    guard [placement.left, placement.right, placement.bottom, placement.top].allSatisfy(\.isFinite),
          placement.left != placement.right, placement.bottom != placement.top
    else {
      throw PlotError("An image extent needs finite edges with left ≠ right and bottom ≠ top, but it is \(placement).")
    }
    let norm = try Normalize.fitted(to: values, vmin: vmin, vmax: vmax)
    let table = colormap.rgbaTable
    let opacity = alpha
    var rgba = [UInt8](repeating: 0, count: values.count * 4)
    for (index, value) in values.enumerated() {
      // NaN keeps the transparent zero bytes: matplotlib's "bad" colour.
      guard let entry = colormap.tableIndex(norm.fraction(of: value)) else { continue }
      for channel in 0..<3 {
        rgba[index * 4 + channel] = table[entry * 4 + channel]
      }
      rgba[index * 4 + 3] = UInt8((Double(table[entry * 4 + 3]) * opacity).rounded())
    }
    add(AxesImage(rows: rows, columns: columns, extent: placement, label: label, rgba: rgba))
    equalAspect = true
    if extent == nil { invertsY = true }
  }
}
