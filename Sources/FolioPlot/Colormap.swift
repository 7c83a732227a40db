import Foundation

/// A map from fractions in 0...1 to colours: matplotlib's viridis, plasma, gray, Greys and coolwarm.
///
/// Like matplotlib's colormaps it is a lookup table of 256 colours (rcParams['image.lut'])
/// interpolated linearly between the map's control points, and a fraction picks an entry
/// without blending, so equal inputs give exactly matplotlib's colours.
public struct Colormap: Equatable, Sendable {
  /// The name matplotlib gives the map, such as "viridis" or "gray_r".
  public let name: String
  /// The lookup table, lowest fraction first.
  private let table: [Color]

  /// matplotlib's `Colormap.N` for the built-in maps (rcParams['image.lut']).
  static let tableSize = 256

  /// Perceptually uniform dark blue → green → yellow; matplotlib's default colormap.
  public static let viridis = Colormap(name: "viridis", controlPoints: viridisControlPoints)
  /// Perceptually uniform dark blue → magenta → yellow.
  public static let plasma = Colormap(name: "plasma", controlPoints: plasmaControlPoints)
  /// Black → white, the map of `imshow(cmap='gray')`.
  public static let gray = Colormap(name: "gray", controlPoints: [0x000000, 0xFFFFFF])
  /// White → black in ColorBrewer's greys.
  public static let greys = Colormap(name: "Greys", controlPoints: greysControlPoints)
  /// Diverging blue → light grey → red.
  public static let coolwarm = Colormap(name: "coolwarm", controlPoints: coolwarmControlPoints)

  private static let builtIn = [viridis, plasma, gray, greys, coolwarm]

  private init(name: String, table: [Color]) {
    self.name = name
    self.table = table
  }

  /// Builds the table by linear interpolation between evenly spaced control points,
  /// as matplotlib's `LinearSegmentedColormap` samples its segments at i / 255.
  private init(name: String, controlPoints: [UInt32]) {
    let stops = controlPoints.map(Color.init(rgb:))
    let table = (0..<Colormap.tableSize).map { index -> Color in
      let position = Double(index) / Double(Colormap.tableSize - 1) * Double(stops.count - 1)
      let lower = min(Int(position), stops.count - 2)
      let t = position - Double(lower)
      let a = stops[lower]
      let b = stops[lower + 1]
      return Color(red: a.red + (b.red - a.red) * t, green: a.green + (b.green - a.green) * t,
                   blue: a.blue + (b.blue - a.blue) * t)
    }
    self.init(name: name, table: table)
  }

  /// Looks a map up by its matplotlib name; a `_r` suffix gives the reversed map.
  /// - Throws: `PlotError` listing the known names when `name` is none of them.
  public init(named name: String) throws {
    let isReversed = name.hasSuffix("_r")
    let base = isReversed ? String(name.dropLast(2)) : name
    guard let map = Colormap.builtIn.first(where: { $0.name == base }) else {
      let known = Colormap.builtIn.map(\.name).joined(separator: ", ")
      throw PlotError("Unknown colormap '\(name)': use one of \(known), or add '_r' for the reversed map.")
    }
    self = isReversed ? map.reversed : map
  }

  /// The same colours in the opposite order, named with matplotlib's `_r` suffix.
  public var reversed: Colormap {
    let reversedName = name.hasSuffix("_r") ? String(name.dropLast(2)) : name + "_r"
    return Colormap(name: reversedName, table: table.reversed())
  }

  /// The colour for `fraction`: below 0 gives the first colour and above 1 the last (matplotlib's
  /// default under and over colours), NaN gives transparent (its "bad" colour).
  public func color(at fraction: Double) -> Color {
    guard let index = tableIndex(fraction) else { return Color(red: 0, green: 0, blue: 0, alpha: 0) }
    return table[index]
  }

  /// The table entry for `fraction`, or nil for NaN; matplotlib truncates `fraction × N`.
  func tableIndex(_ fraction: Double) -> Int? {
    if fraction.isNaN { return nil }
    if fraction <= 0 { return 0 }
    if fraction >= 1 { return Colormap.tableSize - 1 }
    return Int(fraction * Double(Colormap.tableSize))
  }

  /// The table as straight RGBA bytes, four per entry, for rasterising many values at once.
  var rgbaTable: [UInt8] {
    table.flatMap { color in
      [color.red, color.green, color.blue, color.alpha].map { UInt8(($0 * 255).rounded()) }
    }
  }
}

/// Maps data values onto the 0...1 a colormap reads, like matplotlib's `Normalize` and `LogNorm`.
public struct Normalize: Equatable, Sendable {
  /// How values between the limits are spread over 0...1.
  public enum Scale: Equatable, Sendable {
    /// Evenly in value (`Normalize`).
    case linear
    /// Evenly in the logarithm of the value (`LogNorm`); values at or below 0 map to NaN.
    case log
  }

  /// The value mapped to 0.
  public var vmin: Double
  /// The value mapped to 1.
  public var vmax: Double
  /// Linear or logarithmic spacing.
  public var scale: Scale

  /// Creates a normalisation from `vmin` (to 0) to `vmax` (to 1).
  public init(vmin: Double, vmax: Double, scale: Scale = .linear) {
    self.vmin = vmin
    self.vmax = vmax
    self.scale = scale
  }

  /// Limits for `values` where `vmin` and `vmax` were not given: the data's finite (for `.log`,
  /// positive) minimum and maximum, as matplotlib's `autoscale_None` picks them.
  /// - Throws: `PlotError` for non-finite or reversed limits, limits a log scale cannot take,
  ///   or data with no usable value to take a missing limit from.
  static func fitted(to values: [Double], vmin: Double?, vmax: Double?, scale: Scale = .linear) throws -> Normalize {
    let usable = scale == .log ? values.filter { $0 > 0 } : values
    let range = DataBounds.range(usable)
    guard let low = vmin ?? range?.lowerBound, let high = vmax ?? range?.upperBound else {
      throw PlotError(scale == .log
        ? "A log colour scale needs positive data or an explicit vmin and vmax."
        : "The colour values have no finite number to scale by; give vmin and vmax.")
    }
    guard low.isFinite, high.isFinite, low <= high else {
      throw PlotError("Colour limits need finite vmin ≤ vmax, but vmin is \(low) and vmax is \(high).")
    }
    guard scale == .linear || low > 0 else {
      throw PlotError("A log colour scale needs vmin > 0, but vmin is \(low).")
    }
    return Normalize(vmin: low, vmax: high, scale: scale)
  }

  /// The fraction for `value`: 0 at `vmin`, 1 at `vmax`, beyond those outside 0...1, and 0
  /// everywhere when the limits are equal, as in matplotlib.
  public func fraction(of value: Double) -> Double {
    switch scale {
    case .linear:
      return vmin == vmax ? (value.isNaN ? .nan : 0) : (value - vmin) / (vmax - vmin)
    case .log:
      guard value > 0, vmin > 0 else { return .nan }
      return vmin == vmax ? 0 : (log(value) - log(vmin)) / (log(vmax) - log(vmin))
    }
  }
}
