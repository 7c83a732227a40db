/// A figure: a white page of a given size in inches holding a grid of axes and an
/// optional overall title, rendered to PNG.
public final class Figure {
  /// Width in inches.
  public let width: Double
  /// Height in inches.
  public let height: Double
  /// Pixels per inch; also scales every point-sized element (text, lines, ticks).
  public private(set) var dpi: Double
  /// A title centred at the top of the figure, above every axes' own, or nil for none.
  public var suptitle: String?

  /// The axes, top row first; empty until `addAxes()` or `subplots(_:_:)`.
  private var grid: [[Axes]] = []
  /// Whether drawing first recomputes the subplot parameters from the text's extents.
  private var usesTightLayout = false

  /// figure.titlesize ("large"), in points.
  private static let suptitleSize = 12.0
  /// Figure.suptitle's default y: the title's top sits at 98% of the height.
  private static let suptitleTop = 0.98
  /// tight_layout's default pad (and h_pad, w_pad), in multiples of font.size (10 pt).
  private static let tightPad = 1.08 * 10

  /// Creates an empty figure; the defaults are matplotlib's 6.4 × 4.8 in at 100 dpi (640 × 480 px).
  /// Invalid sizes are reported by `renderPNG()`.
  public init(width: Double = 6.4, height: Double = 4.8, dpi: Double = 100) {
    self.width = width
    self.height = height
    self.dpi = dpi
  }

  /// The rendered image's width in pixels, or 0 if the size is not a positive finite number.
  public var pixelWidth: Int { Figure.pixels(inches: width, dpi: dpi) }

  /// The rendered image's height in pixels, or 0 if the size is not a positive finite number.
  public var pixelHeight: Int { Figure.pixels(inches: height, dpi: dpi) }

  /// Returns the figure's axes, filling matplotlib's `subplot(111)` area; the first
  /// call creates them, later calls return the same axes (the top-left one after
  /// `subplots(_:_:)`).
  public func addAxes() -> Axes {
    if let first = grid.first?.first {
      return first
    }
    let created = Axes(dpi: dpi)
    grid = [[created]]
    return created
  }

  /// Replaces the figure's axes with a `rows` × `columns` grid, spaced like
  /// matplotlib's `subplots` (figure.subplot.* rcParams), and returns it top row first.
  /// - Throws: `PlotError` unless both counts are between 1 and 100.
  public func subplots(_ rows: Int, _ columns: Int) throws -> [[Axes]] {
    // Beyond 100 a side, axes on a figure of any sensible size are under a pixel;
    // the bound turns a typo such as 1000 into an error instead of a long wait.
    guard (1...100).contains(rows), (1...100).contains(columns) else {
      throw PlotError("subplots needs 1 to 100 rows and columns, but got \(rows) × \(columns).")
    }
    grid = (0..<rows).map { _ in (0..<columns).map { _ in Axes(dpi: dpi) } }
    return grid
  }

  /// Fits the subplots to their text like matplotlib's `tight_layout()`: margins and
  /// gaps become just wide enough for tick labels, axis labels, titles and the
  /// suptitle, plus 1.08 font sizes of padding.
  ///
  /// The layout is computed each time the figure is drawn, so text changed afterwards
  /// is still fitted.
  public func tightLayout() {
    usesTightLayout = true
  }

  /// Draws the figure onto `canvas`, which should be `pixelWidth` × `pixelHeight` pixels.
  /// - Throws: `PlotError` if the size is invalid, the font is missing, or a log axis
  ///   has non-positive data.
  public func draw(on canvas: Canvas) throws {
    try checkSize()
    let page = Rect(x: 0, y: 0, width: Double(pixelWidth), height: Double(pixelHeight))
    canvas.setColor(.white)
    canvas.fillRect(page)
    let boxes = try layout(page: page)
    for (row, rowBoxes) in zip(grid, boxes) {
      for (axes, box) in zip(row, rowBoxes) {
        try axes.draw(on: canvas, in: box)
      }
    }
    if let suptitle, !suptitle.isEmpty {
      canvas.setColor(.black)
      canvas.text(suptitle, at: suptitlePoint(page), size: Figure.suptitleSize * dpi / 72,
                  anchor: TextAnchor(horizontal: .center, vertical: .top), rotation: 0)
    }
  }

  /// Renders the figure and encodes it as PNG.
  /// - Throws: `PlotError` if the size or dpi is not positive and finite, the image
  ///   would be too large, the font is missing, or a log axis has non-positive data.
  public func renderPNG() throws -> [UInt8] {
    try checkSize()
    let canvas = try CairoCanvas(width: pixelWidth, height: pixelHeight)
    try draw(on: canvas)
    return try canvas.pngData()
  }

  /// Renders the figure and writes the PNG to `path`, atomically: readers see the
  /// old file or the whole new one, never a partial write.
  /// - Throws: `PlotError` if rendering fails or the file cannot be written.
  public func save(_ path: String, dpi: Double? = nil) throws {
    guard let dpi, dpi != self.dpi else { return try writeAtomically(renderPNG(), to: path) }
    // matplotlib's savefig(dpi=): the same figure in inches, drawn with more or fewer pixels.
    let saved = self.dpi
    setDPI(dpi)
    defer { setDPI(saved) }
    try writeAtomically(renderPNG(), to: path)
  }

  /// Changes the resolution of the figure and every axes in it.
  private func setDPI(_ value: Double) {
    dpi = value
    for axes in grid.joined() { axes.dpi = value }
  }

  /// The data-area box of each axes, top row first; with tight layout, after fitting
  /// the grid to the text measured at the current layout.
  func layout(page: Rect) throws -> [[Rect]] {
    let rows = grid.count
    let columns = grid.first?.count ?? 0
    var params = SubplotGrid()
    guard usesTightLayout, rows > 0 else {
      return params.boxes(rows: rows, columns: columns, page: page)
    }
    let scratch = try CairoCanvas(width: 1, height: 1)
    let suptitleHeight = suptitle.flatMap { $0.isEmpty ? nil : scratch.measureText($0, size: Figure.suptitleSize * dpi / 72).height }
    // Tick labels can change when the axes resize, so fit twice: the second pass
    // measures the text the final layout actually draws.
    for _ in 0..<2 {
      let boxes = params.boxes(rows: rows, columns: columns, page: page)
      let covered = try zip(grid, boxes).map { row, rowBoxes in
        try zip(row, rowBoxes).map { axes, box in try axes.tightBounds(in: box, measuringOn: scratch) }
      }
      params = SubplotGrid.tight(boxes: boxes, covered: covered, page: page, pad: Figure.tightPad * dpi / 72,
                                 suptitleHeight: suptitleHeight) ?? params
    }
    return params.boxes(rows: rows, columns: columns, page: page)
  }

  private func suptitlePoint(_ page: Rect) -> Point {
    Point(x: page.x + page.width / 2, y: page.y + (1 - Figure.suptitleTop) * page.height)
  }

  private func checkSize() throws {
    guard width.isFinite, height.isFinite, dpi.isFinite, width > 0, height > 0, dpi > 0 else {
      throw PlotError("Figure size and dpi must be positive numbers, but the figure is \(width) × \(height) in at \(dpi) dpi.")
    }
    guard pixelWidth >= 1, pixelHeight >= 1 else {
      throw PlotError("A \(width) × \(height) in figure at \(dpi) dpi is smaller than one pixel; make it larger or raise the dpi.")
    }
  }

  /// Pixels for a length in inches, truncated like matplotlib's Agg canvas but
  /// forgiving the float error in products such as 2.3 × 100 = 229.99999999999997.
  private static func pixels(inches: Double, dpi: Double) -> Int {
    let exact = inches * dpi
    // Also keeps the Int conversion from trapping on NaN, infinity or huge values.
    guard exact.isFinite, exact > 0, exact < 1e12 else { return 0 }
    return Int((exact + 1e-6).rounded(.down))
  }
}
