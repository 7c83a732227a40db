import FolioPlot
import FolioScript
import FolioTensor

/// Conversions for plotting arguments: colours, styles and markers written as matplotlib
/// writes them, and the figure and axes objects.
extension Color: ScriptConvertible {
  static var scriptTypeName: String { "String (a colour)" }
  static func from(_ value: Value) throws -> Color {
    guard case .string(let text) = value else { throw mismatch(value) }
    do { return try Color(parsing: text) } catch { throw RuntimeError("\(error)") }
  }
  var scriptValue: Value { .string("#\(hex(red))\(hex(green))\(hex(blue))") }
  private func hex(_ c: Double) -> String {
    let n = Int((c * 255).rounded())
    return (n < 16 ? "0" : "") + String(n, radix: 16)
  }
}

extension LineStyle: ScriptConvertible {
  static var scriptTypeName: String { "String (a line style)" }
  /// "-", "--", "-.", ":", "" or matplotlib's names "solid", "dashed", "dashdot", "dotted", "none".
  static func from(_ value: Value) throws -> LineStyle {
    guard case .string(let text) = value else { throw mismatch(value) }
    let names: [String: LineStyle] = ["solid": .solid, "dashed": .dashed, "dashdot": .dashDot, "dotted": .dotted, "none": .none, "": .none]
    if let style = LineStyle(rawValue: text) ?? names[text] { return style }
    throw RuntimeError("unknown line style '\(text)'; use \"-\", \"--\", \"-.\", \":\" or \"none\"")
  }
  var scriptValue: Value { .string(rawValue) }
}

extension Marker: ScriptConvertible {
  static var scriptTypeName: String { "String (a marker)" }
  static func from(_ value: Value) throws -> Marker {
    guard case .string(let text) = value else { throw mismatch(value) }
    if let marker = Marker(rawValue: text) { return marker }
    throw RuntimeError("unknown marker '\(text)'; use one of \(Marker.allMarkers)")
  }
  var scriptValue: Value { .string(rawValue) }
  static var allMarkers: String { Marker.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " ") }
}

extension Scale: ScriptConvertible {
  static var scriptTypeName: String { "String (\"linear\" or \"log\")" }
  static func from(_ value: Value) throws -> Scale {
    guard case .string(let text) = value else { throw mismatch(value) }
    switch text {
    case "linear": return .linear
    case "log": return .log
    default: throw RuntimeError("unknown scale '\(text)'; use \"linear\" or \"log\"")
    }
  }
  var scriptValue: Value { .string(self == .log ? "log" : "linear") }
}

extension LegendLocation: ScriptConvertible {
  static var scriptTypeName: String { "String (a legend location)" }
  /// matplotlib's location strings: "best", "upper right", "lower left", "center", ….
  static func from(_ value: Value) throws -> LegendLocation {
    guard case .string(let text) = value else { throw mismatch(value) }
    let names: [String: LegendLocation] = [
      "best": .best, "upper right": .upperRight, "upper left": .upperLeft, "lower left": .lowerLeft,
      "lower right": .lowerRight, "right": .right, "center left": .centerLeft, "center right": .centerRight,
      "lower center": .lowerCenter, "upper center": .upperCenter, "center": .center,
    ]
    guard let location = names[text] else {
      throw RuntimeError("unknown legend location '\(text)'; use \"best\", \"upper right\", \"lower left\", …")
    }
    return location
  }
  var scriptValue: Value { .string("\(self)") }
}

extension Figure: ScriptConvertible {
  static var scriptTypeName: String { "Figure" }
  static func from(_ value: Value) throws -> Figure { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: FigureBindings.type)) }
}

extension Axes: ScriptConvertible {
  static var scriptTypeName: String { "Axes" }
  static func from(_ value: Value) throws -> Axes { try hostObject(value) }
  var scriptValue: Value { .object(HostObject(self, type: AxesBindings.type)) }
}

/// A pair of sizes in inches written as a tuple: `size: (7, 3)`.
struct Inches: ScriptConvertible {
  let width: Double
  let height: Double
  static var scriptTypeName: String { "(Double, Double)" }
  static func from(_ value: Value) throws -> Inches {
    guard case .tuple(let tuple) = value, tuple.elements.count == 2 else { throw mismatch(value) }
    return Inches(width: try Double.from(tuple.elements[0]), height: try Double.from(tuple.elements[1]))
  }
  var scriptValue: Value { .tuple(TupleValue(elements: [.double(width), .double(height)], labels: nil)) }
}
