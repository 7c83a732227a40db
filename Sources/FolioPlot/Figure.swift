/// A figure: a white page of a given size in inches holding one set of axes, rendered to PNG.
public final class Figure {
  /// Width in inches.
  public let width: Double
  /// Height in inches.
  public let height: Double
  /// Pixels per inch; also scales every point-sized element (text, lines, ticks).
  public let dpi: Double

  private var axes: Axes?

  /// matplotlib's figure.subplot.left/right/bottom/top, as fractions of the figure
  /// measured from its left and bottom edges.
  private static let subplot = (left: 0.125, right: 0.9, bottom: 0.11, top: 0.88)

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
  /// call creates them and later calls return the same axes.
  public func addAxes() -> Axes {
    if let axes {
      return axes
    }
    let created = Axes(dpi: dpi)
    axes = created
    return created
  }

  /// Renders the figure and encodes it as PNG.
  /// - Throws: `PlotError` if the size or dpi is not positive and finite, the image
  ///   would be too large, or the font is missing.
  public func renderPNG() throws -> [UInt8] {
    guard width.isFinite, height.isFinite, dpi.isFinite, width > 0, height > 0, dpi > 0 else {
      throw PlotError("Figure size and dpi must be positive numbers, but the figure is \(width) × \(height) in at \(dpi) dpi.")
    }
    guard pixelWidth >= 1, pixelHeight >= 1 else {
      throw PlotError("A \(width) × \(height) in figure at \(dpi) dpi is smaller than one pixel; make it larger or raise the dpi.")
    }
    let canvas = try CairoCanvas(width: pixelWidth, height: pixelHeight)
    let page = Rect(x: 0, y: 0, width: Double(pixelWidth), height: Double(pixelHeight))
    canvas.setColor(.white)
    canvas.fillRect(page)
    if let axes {
      let left = page.width * Figure.subplot.left
      let top = page.height * (1 - Figure.subplot.top)
      let box = Rect(x: left, y: top,
                     width: page.width * Figure.subplot.right - left,
                     height: page.height * (1 - Figure.subplot.bottom) - top)
      axes.draw(on: canvas, in: box)
    }
    return try canvas.pngData()
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
