/// A matplotlib format string such as "k", "r--", "bo-", "g^", ":" or "C1--",
/// parsed into a colour, a line style and a marker.
///
/// Like matplotlib, a string that is a whole colour ("red", "#ff8800") is just a
/// colour; otherwise each character is a style, a marker or a one-letter colour,
/// and "C" plus digits is a cycle colour. A marker without a line style means
/// markers only; neither means a solid line.
public struct FormatString: Equatable, Sendable {
  /// The colour named in the string, or nil to take the next cycle colour.
  public let color: Color?
  /// The line style: as written, else solid, or `.none` when only a marker was given.
  public let lineStyle: LineStyle
  /// The marker named in the string, or nil for none.
  public let marker: Marker?

  /// Parses `text`.
  /// - Throws: `PlotError` naming the string and the offending character, or saying
  ///   which kind of symbol appears twice.
  public init(_ text: String) throws {
    // matplotlib reads "0" and "1" as markers, not as grey levels.
    if text != "0", text != "1", let whole = try? Color(parsing: text) {
      self.init(color: whole, lineStyle: .solid, marker: nil)
      return
    }
    var color: Color?
    var style: LineStyle?
    var marker: Marker?
    var rest = Substring(text)
    func fail(_ reason: String) -> PlotError {
      PlotError("'\(text)' is not a valid format string: \(reason). Use a colour letter (bgrcmykw or C0…C9), "
        + "a line style (- -- -. :) and a marker (o s ^ v x + . * D), e.g. 'r--' or 'bo-'.")
    }
    while let character = rest.first {
      if let parsed = LineStyle(rawValue: String(rest.prefix(2))) ?? LineStyle(rawValue: String(character)), parsed != .none {
        guard style == nil else { throw fail("it has two line styles") }
        style = parsed
        rest = rest.dropFirst(parsed.rawValue.count)
      } else if let parsed = Marker(rawValue: String(character)) {
        guard marker == nil else { throw fail("it has two markers") }
        marker = parsed
        rest = rest.dropFirst()
      } else if "bgrcmykw".contains(character) || character == "C" {
        let digits = character == "C" ? rest.dropFirst().prefix { $0.isASCII && $0.isNumber } : ""
        if character == "C" && digits.isEmpty {
          throw fail("'C' must be followed by a cycle number, as in 'C1'")
        }
        guard color == nil else { throw fail("it has two colours") }
        let code = String(character) + digits
        color = try Color(parsing: code)
        rest = rest.dropFirst(code.count)
      } else {
        throw fail("unrecognised character '\(character)'")
      }
    }
    self.init(color: color, lineStyle: style ?? (marker == nil ? .solid : .none), marker: marker)
  }

  private init(color: Color?, lineStyle: LineStyle, marker: Marker?) {
    self.color = color
    self.lineStyle = lineStyle
    self.marker = marker
  }
}
