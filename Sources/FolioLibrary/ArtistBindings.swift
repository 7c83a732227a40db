import FolioPlot
import FolioScript
import FolioTensor

/// The axes' artists beyond lines, in matplotlib's vocabulary: `ax.scatter(xs, ys, c: labels)`,
/// `ax.hist(values, bins: 30)`, `ax.imshow(digits, cmap: "gray")`, `ax.contourf(xs, ys, z)`.
enum ArtistBindings {
  static func install(_ bind: Binder<Axes>) {
    bind.options(
      "scatter",
      [(nil, nil), (nil, nil), ("s", .double(36)), ("c", Value.none), ("cmap", .string("viridis")), ("marker", .string("o")),
       ("alpha", .double(1)), ("label", Value.none)]
    ) { axes, a in
      let sizes: [Double] = if case .double(let s) = a.value("s") { [s] } else if case .int(let s) = a.value("s") { [Double(s)] } else { try (a.labelled("s") as Series).values }
      var color: Color?
      var values: [Double]?
      if case .string = a.value("c") { color = try a.labelled("c") } else if let series: Series = try a.optional("c") { values = series.values }
      try axes.scatter(
        x: (a.positional(0) as Series).values, y: (a.positional(1) as Series).values, size: sizes, color: color,
        values: values, colormap: a.labelled("cmap"), marker: a.labelled("marker"), alpha: a.labelled("alpha"),
        label: a.optional("label"))
      return .void
    }
    bind.options("bar", [(nil, nil), (nil, nil), ("width", .double(0.8)), ("color", Value.none), ("label", Value.none)]) { axes, a in
      try axes.bar(
        x: (a.positional(0) as Series).values, heights: (a.positional(1) as Series).values, width: a.labelled("width"),
        color: a.optional("color"), label: a.optional("label"))
      return .void
    }
    bind.options(
      "hist",
      [(nil, nil), ("bins", .int(10)), ("range", Value.none), ("density", .bool(false)), ("color", Value.none),
       ("alpha", .double(1)), ("label", Value.none)]
    ) { axes, a in
      let range: Inches? = try a.optional("range")
      let histogram = try axes.hist(
        (a.positional(0) as Series).values, bins: a.labelled("bins"), range: range.map { $0.width...$0.height },
        density: a.labelled("density"), color: a.optional("color"), alpha: a.labelled("alpha"), label: a.optional("label"))
      return .tuple(TupleValue(elements: [histogram.counts.scriptValue, histogram.edges.scriptValue], labels: ["counts", "edges"]))
    }
    bind.options(
      "imshow",
      [(nil, nil), ("cmap", .string("viridis")), ("vmin", Value.none), ("vmax", Value.none), ("extent", Value.none),
       ("alpha", .double(1))]
    ) { axes, a in
      let image: Grid = try a.positional(0)
      let extent: [Double]? = try a.optional("extent")
      if let extent, extent.count != 4 { throw RuntimeError("\(a.function): extent: needs four numbers (left, right, bottom, top)") }
      try axes.imshow(
        values: image.values, rows: image.rows, columns: image.columns, colormap: a.labelled("cmap"), vmin: a.optional("vmin"),
        vmax: a.optional("vmax"), extent: extent.map { AxesImage.Extent(left: $0[0], right: $0[1], bottom: $0[2], top: $0[3]) },
        alpha: a.labelled("alpha"))
      return .void
    }
    let contourParameters: [(String?, Value?)] = [(nil, nil), (nil, nil), (nil, nil), ("levels", Value.none), ("cmap", .string("viridis"))]
    bind.options("contour", contourParameters + [("colors", Value.none), ("linewidths", .double(1.5))]) { axes, a in
      let (x, y, z) = try grid(a)
      let (levels, count) = try levels(a)
      let colors: Color? = try a.optional("colors")
      let set = try axes.contour(
        x: x, y: y, z: z.values, levels: levels, levelCount: count, colors: colors.map { [$0] }, colormap: a.labelled("cmap"),
        linewidths: a.labelled("linewidths"))
      return set.levels.scriptValue
    }
    bind.options("contourf", contourParameters + [("alpha", .double(1))]) { axes, a in
      let (x, y, z) = try grid(a)
      let (levels, count) = try levels(a)
      let set = try axes.contourf(
        x: x, y: y, z: z.values, levels: levels, levelCount: count, colormap: a.labelled("cmap"), alpha: a.labelled("alpha"))
      return set.levels.scriptValue
    }
    bind.options("quiver", [(nil, nil), (nil, nil), (nil, nil), (nil, nil), ("color", .string("k")), ("scale", Value.none)]) { axes, a in
      try axes.quiver(
        x: (a.positional(0) as Series).values, y: (a.positional(1) as Series).values, u: (a.positional(2) as Series).values,
        v: (a.positional(3) as Series).values, color: a.labelled("color"), scale: a.optional("scale"))
      return .void
    }
  }

  /// The x and y sample positions and the z grid of a contour call, checked against each other.
  private static func grid(_ a: Arguments) throws -> ([Double], [Double], Grid) {
    let (x, y): (Series, Series) = (try a.positional(0), try a.positional(1))
    let z: Grid = try a.positional(2)
    guard z.rows == y.values.count, z.columns == x.values.count else {
      throw RuntimeError(
        "\(a.function): z has \(z.rows) rows and \(z.columns) columns, but y has \(y.values.count) values and x has \(x.values.count)")
    }
    return (x.values, y.values, z)
  }

  /// `levels: 20` asks for about 20 levels; `levels: [0.1, 1, 10]` gives them exactly.
  private static func levels(_ a: Arguments) throws -> ([Double]?, Int?) {
    switch a.value("levels") {
    case .none: return (nil, nil)
    case .int(let count): return (nil, count)
    default: return (try (a.labelled("levels") as Series).values, nil)
    }
  }
}

/// A 2-D grid of numbers: a 2-D tensor or an array of equal-length rows.
struct Grid: ScriptConvertible {
  let values: [Double]
  let rows: Int
  let columns: Int

  static var scriptTypeName: String { "[[Double]] or a 2-D Tensor" }

  static func from(_ value: Value) throws -> Grid {
    if case .object = value, let tensor = try? Tensor.from(value) {
      guard tensor.rank == 2 else { throw RuntimeError("expected a 2-D tensor, got shape \(tensor.shape)") }
      return Grid(values: tensor.toArray(), rows: tensor.shape[0], columns: tensor.shape[1])
    }
    let rows = try [[Double]].from(value)
    guard let width = rows.first?.count, rows.allSatisfy({ $0.count == width }) else {
      throw RuntimeError("expected rows of equal length")
    }
    return Grid(values: rows.flatMap { $0 }, rows: rows.count, columns: width)
  }

  var scriptValue: Value { .array((0..<rows).map { r in .array(values[(r * columns)..<((r + 1) * columns)].map(Value.double)) }) }
}

extension Colormap: ScriptConvertible {
  static var scriptTypeName: String { "String (a colormap name)" }
  static func from(_ value: Value) throws -> Colormap {
    guard case .string(let name) = value else { throw mismatch(value) }
    do { return try Colormap(named: name) } catch { throw RuntimeError("\(error)") }
  }
  var scriptValue: Value { .string("colormap") }
}
