import FolioPlot
import FolioScript

/// The methods of a figure's axes, in matplotlib's vocabulary: `ax.plot(xs, ys, "r--")`,
/// `ax.legend()`, `ax.yscale("log")`.
enum AxesBindings {
  static let type: HostType = {
    let type = HostType(name: "Axes") { _ in "Axes" }
    let bind = Binder<Axes>(type: type)
    bind.options("plot", plotParameters) { axes, arguments in
      try plot(on: axes, arguments)
      return .void
    }
    bind.options("axhline", [(nil, .double(0))] + guideParameters) { axes, a in
      try axes.axhline(
        y: a.positional(0), color: a.optional("color"), lineStyle: a.labelled("linestyle"), lineWidth: a.labelled("linewidth"),
        label: a.optional("label"))
      return .void
    }
    bind.options("axvline", [(nil, .double(0))] + guideParameters) { axes, a in
      try axes.axvline(
        x: a.positional(0), color: a.optional("color"), lineStyle: a.labelled("linestyle"), lineWidth: a.labelled("linewidth"),
        label: a.optional("label"))
      return .void
    }
    bind.options("text", [(nil, nil), (nil, nil), (nil, nil), ("fontSize", .double(10)), ("color", Value.none)]) { axes, a in
      axes.text(x: try a.positional(0), y: try a.positional(1), try a.positional(2), fontSize: try a.labelled("fontSize"), color: try a.optional("color"))
      return .void
    }
    bind.method("title", .unlabelled) { (axes, text: String) in set(\.title, axes, text) }
    bind.method("xlabel", .unlabelled) { (axes, text: String) in set(\.xlabel, axes, text) }
    bind.method("ylabel", .unlabelled) { (axes, text: String) in set(\.ylabel, axes, text) }
    bind.method("legend", .labelled("loc", default: .best)) { (axes, location: LegendLocation) in
      axes.legend(location: location)
      return Nothing()
    }
    bind.method("grid", .unlabelled(default: true)) { (axes, visible: Bool) in
      axes.grid(visible)
      return Nothing()
    }
    bind.method("xlim", .unlabelled, .unlabelled) { (axes, lower: Double, upper: Double) in
      try axes.xlim(lower, upper)
      return Nothing()
    }
    bind.method("ylim", .unlabelled, .unlabelled) { (axes, lower: Double, upper: Double) in
      try axes.ylim(lower, upper)
      return Nothing()
    }
    bind.method("xscale", .unlabelled) { (axes, scale: Scale) in
      axes.xscale(scale)
      return Nothing()
    }
    bind.method("yscale", .unlabelled) { (axes, scale: Scale) in
      axes.yscale(scale)
      return Nothing()
    }
    ArtistBindings.install(bind)
    return type
  }()

  /// `plot(ys)`, `plot(xs, ys)`, `plot(ys, "r--")` or `plot(xs, ys, "bo-")`, with matplotlib's options.
  static let plotParameters: [(String?, Value?)] = [
    (nil, nil), (nil, Value.none), (nil, Value.none), ("color", Value.none), ("linestyle", Value.none), ("linewidth", .double(1.5)),
    ("marker", Value.none), ("markersize", .double(6)), ("label", Value.none), ("alpha", Value.none),
  ]

  private static let guideParameters: [(String?, Value?)] = [
    ("color", Value.none), ("linestyle", .string("-")), ("linewidth", .double(1.5)), ("label", Value.none),
  ]

  /// Draws one `plot` call's line on `axes`.
  static func plot(on axes: Axes, _ a: Arguments) throws {
    let first: Series = try a.positional(0)
    var y = first.values
    var x = y.indices.map(Double.init)
    var format: String?
    switch a.positionalValue(1) {
    case .none: break
    case .string(let text): format = text
    default:
      (x, y) = (first.values, try (a.positional(1) as Series).values)
      if case .string(let text) = a.positionalValue(2) { format = text }
    }
    var color: Color? = try a.optional("color")
    var style: LineStyle = try a.optional("linestyle") ?? .solid
    var marker: Marker? = try a.optional("marker")
    if let format {
      let parsed: FormatString
      do { parsed = try FormatString(format) } catch { throw RuntimeError("\(a.function): \(error)") }
      color = color ?? parsed.color
      style = parsed.lineStyle
      marker = marker ?? parsed.marker
    }
    try axes.plot(
      x: x, y: y, color: color, lineStyle: style, lineWidth: a.labelled("linewidth"), marker: marker,
      markerSize: a.labelled("markersize"), label: a.optional("label"), alpha: a.optional("alpha"))
  }

  private static func set(_ path: ReferenceWritableKeyPath<Axes, String?>, _ axes: Axes, _ text: String) -> Nothing {
    axes[keyPath: path] = text
    return Nothing()
  }
}
