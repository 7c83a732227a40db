/// How a line is stroked: solid, dashed, dash-dotted, dotted, or not at all.
///
/// The raw values are matplotlib's short names, so `LineStyle(rawValue: "--")` works.
public enum LineStyle: String, Sendable, CaseIterable {
  /// An unbroken line ("-").
  case solid = "-"
  /// Dashes ("--").
  case dashed = "--"
  /// Alternating dashes and dots ("-.").
  case dashDot = "-."
  /// Dots (":").
  case dotted = ":"
  /// No line, for markers alone ("None").
  case none = "None"

  /// The on/off dash lengths in units of the line width (matplotlib's
  /// lines.dashed_pattern, lines.dashdot_pattern and lines.dotted_pattern, scaled by
  /// the width because lines.scale_dashes is on); empty for solid.
  var dashPattern: [Double] {
    switch self {
    case .solid, .none: return []
    case .dashed: return [3.7, 1.6]
    case .dashDot: return [6.4, 1.6, 1, 1.6]
    case .dotted: return [1, 1.65]
    }
  }

  /// Sets the canvas up to stroke this style `width` pixels wide, with matplotlib's caps
  /// and joins: projecting solid caps (lines.solid_capstyle), butt dash caps
  /// (lines.dash_capstyle), round joins for both.
  func apply(to canvas: Canvas, width: Double) {
    canvas.setLineWidth(width)
    canvas.setLineJoin(.round)
    if self == .solid {
      canvas.setLineCap(.projecting)
      canvas.setDash([])
    } else {
      canvas.setLineCap(.butt)
      canvas.setDash(dashPattern.map { $0 * width })
    }
  }
}
