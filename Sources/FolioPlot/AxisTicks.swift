/// Everything one axis draws along its spine: ticks, their labels and the offset text.
struct AxisTicks {
  /// One tick mark, with the text under (x) or beside (y) it if it has any.
  struct Tick {
    /// Where the tick sits, in data coordinates.
    var position: Double
    /// The label, or nil for an unlabelled tick.
    var label: TickLabel?
    /// Minor ticks are shorter and thinner, and get no grid line.
    var isMinor: Bool
  }

  /// The ticks inside the view, majors and minors together.
  var ticks: [Tick]
  /// Multiplier and offset text drawn at the end of the axis, or "".
  var offsetLabel: String

  /// The labelled major ticks of a linear axis, as `Ticks` computes them.
  init(_ linear: Ticks) {
    ticks = zip(linear.positions, linear.labels).map { Tick(position: $0, label: .plain($1), isMinor: false) }
    offsetLabel = linear.offsetLabel
  }

  init(ticks: [Tick], offsetLabel: String) {
    self.ticks = ticks
    self.offsetLabel = offsetLabel
  }
}

/// A tick label: plain text, or a power written with a raised exponent, like
/// matplotlib's mathtext `10^{-1}`.
enum TickLabel: Equatable {
  /// Text drawn as it is, such as "0.5".
  case plain(String)
  /// `base` at full size followed by `exponent` smaller and raised, such as "10" and "−1",
  /// or "2×10" and "−1" for a labelled minor tick.
  case power(base: String, exponent: String)
}

extension TickLabel {
  /// mathtext's SHRINK_FACTOR: a superscript is 0.7 of its base's size.
  private static let exponentScale = 0.7
  /// mathtext's sup1 (0.7) for DejaVu Sans times its x-height (0.547 em): how far
  /// the exponent's baseline sits above the base's, in ems of the base.
  private static let exponentRaise = 0.7 * 0.547
  /// mathtext's script_space (0.05 em) plus the side bearing of the base's last digit,
  /// which the ink box leaves out: the gap between base and exponent, in ems.
  private static let exponentGap = 0.1

  /// Draws the label of `size` pixels with its `anchor` point at `point`, and returns
  /// the rectangle it covers.
  func draw(on canvas: Canvas, at point: Point, size: Double, anchor: TextAnchor) -> Rect {
    switch self {
    case .plain(let text):
      canvas.text(text, at: point, size: size, anchor: anchor, rotation: 0)
      return canvas.textBounds(text, at: point, size: size, anchor: anchor, rotation: 0)
    case .power(let base, let exponent):
      // Lay both pieces out from the base's left end on its baseline, then move the
      // pair so the anchor of their joint box lands on `point`.
      let baseline = TextAnchor(horizontal: .left, vertical: .baseline)
      let origin = Point(x: 0, y: 0)
      let baseBox = canvas.textBounds(base, at: origin, size: size, anchor: baseline, rotation: 0)
      let exponentAt = Point(x: baseBox.x + baseBox.width + TickLabel.exponentGap * size, y: -TickLabel.exponentRaise * size)
      let exponentSize = size * TickLabel.exponentScale
      let exponentBox = canvas.textBounds(exponent, at: exponentAt, size: exponentSize, anchor: baseline, rotation: 0)
      let joint = baseBox.union(exponentBox)
      let offset = anchor.originOffset(for: TextBox(left: joint.x, width: joint.width, top: joint.y, bottom: joint.y + joint.height))
      let shift = Point(x: point.x + offset.x, y: point.y + offset.y)
      canvas.text(base, at: shift, size: size, anchor: baseline, rotation: 0)
      canvas.text(exponent, at: Point(x: shift.x + exponentAt.x, y: shift.y + exponentAt.y),
                  size: exponentSize, anchor: baseline, rotation: 0)
      return Rect(x: joint.x + shift.x, y: joint.y + shift.y, width: joint.width, height: joint.height)
    }
  }
}
