/// An RGBA colour with straight (non-premultiplied) components in 0...1.
public struct Color: Equatable, Sendable {
  /// Red intensity, 0...1.
  public var red: Double
  /// Green intensity, 0...1.
  public var green: Double
  /// Blue intensity, 0...1.
  public var blue: Double
  /// Opacity, 0 (transparent) ... 1 (opaque).
  public var alpha: Double

  /// Creates a colour from components in 0...1.
  public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
    self.red = red
    self.green = green
    self.blue = blue
    self.alpha = alpha
  }

  /// Creates an opaque colour from a 24-bit `0xRRGGBB` literal, as the colour tables are written.
  init(rgb: UInt32) {
    self.init(
      red: Double((rgb >> 16) & 0xFF) / 255,
      green: Double((rgb >> 8) & 0xFF) / 255,
      blue: Double(rgb & 0xFF) / 255
    )
  }

  /// Parses a colour written the way matplotlib accepts it.
  ///
  /// Accepted forms: the single letters `b g r c m y k w` (case-sensitive, with
  /// matplotlib's RGB values), the 148 CSS colour names and matplotlib's `tab:` names
  /// (case-insensitive), `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, the property-cycle
  /// references `C0`…`C9` (larger indices wrap like matplotlib's), a grey level such
  /// as `"0.5"`, and `"none"` for fully transparent.
  /// - Throws: `PlotError` naming the text when it is none of these.
  public init(parsing text: String) throws {
    if let letter = Color.baseColors[text] {
      self = letter
    } else if text.hasPrefix("#") {
      self = try Color.parseHex(text)
    } else if let cycled = Color.parseCycleReference(text) {
      self = cycled
    } else if let rgb = namedColors[text.lowercased()] {
      self = Color(rgb: rgb)
    } else if text.lowercased() == "none" {
      self = Color(red: 0, green: 0, blue: 0, alpha: 0)
    } else if let level = Double(text), !text.isEmpty, text.allSatisfy({ $0.isNumber || $0 == "." }) {
      guard (0...1).contains(level) else {
        throw PlotError("Grey level colour '\(text)' must be between 0 and 1.")
      }
      self = Color(red: level, green: level, blue: level)
    } else {
      throw PlotError(
        "Unknown colour '\(text)': use a matplotlib colour such as 'r', 'darkorange', "
          + "'#1f77b4', 'C0' or a grey level like '0.5'."
      )
    }
  }

  /// Opaque white, matplotlib's figure and axes background.
  static let white = Color(red: 1, green: 1, blue: 1)
  /// Opaque black, matplotlib's colour for spines, ticks and text.
  static let black = Color(red: 0, green: 0, blue: 0)

  /// matplotlib's tab10 property cycle, the colours successive `plot` calls take.
  public static let defaultCycle: [Color] = tableauColors.map { Color(rgb: $0.rgb) }

  /// matplotlib's single-letter colours; note these differ from the CSS names
  /// (`"g"` is half-intensity green, `"c"`, `"m"`, `"y"` are 0.75-intensity).
  private static let baseColors: [String: Color] = [
    "b": Color(red: 0, green: 0, blue: 1),
    "g": Color(red: 0, green: 0.5, blue: 0),
    "r": Color(red: 1, green: 0, blue: 0),
    "c": Color(red: 0, green: 0.75, blue: 0.75),
    "m": Color(red: 0.75, green: 0, blue: 0.75),
    "y": Color(red: 0.75, green: 0.75, blue: 0),
    "k": Color(red: 0, green: 0, blue: 0),
    "w": Color(red: 1, green: 1, blue: 1),
  ]

  private static func parseHex(_ text: String) throws -> Color {
    let digits = Array(text.utf8.dropFirst())
    let values = digits.compactMap(hexValue)
    guard values.count == digits.count, [3, 4, 6, 8].contains(values.count) else {
      throw PlotError("Invalid hex colour '\(text)': expected #rgb, #rgba, #rrggbb or #rrggbbaa.")
    }
    // Short forms repeat each digit (#f80 == #ff8800), so one digit d is the byte d * 17.
    let bytes: [Int]
    if values.count <= 4 {
      bytes = values.map { $0 * 17 }
    } else {
      bytes = stride(from: 0, to: values.count, by: 2).map { values[$0] * 16 + values[$0 + 1] }
    }
    let channels = bytes.map { Double($0) / 255 }
    return Color(red: channels[0], green: channels[1], blue: channels[2], alpha: channels.count == 4 ? channels[3] : 1)
  }

  private static func hexValue(_ byte: UInt8) -> Int? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(byte - UInt8(ascii: "a")) + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(byte - UInt8(ascii: "A")) + 10
    default: return nil
    }
  }

  /// Resolves `"C<n>"`; returns nil for anything else so other forms can be tried.
  private static func parseCycleReference(_ text: String) -> Color? {
    guard text.hasPrefix("C"), text.count > 1,
          text.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }),
          let index = Int(text.dropFirst())
    else { return nil }
    return defaultCycle[index % defaultCycle.count]
  }
}
