import FolioPlot
import FolioScript

/// `Figure(size: (7, 3), dpi: 100)` and its methods, as cells see them.
enum FigureBindings {
  static let type: HostType = {
    let type = HostType(name: "Figure") { object in
      let figure = unsafeDowncast(object, to: Figure.self)
      return "Figure(\(figure.pixelWidth)x\(figure.pixelHeight))"
    }
    let bind = Binder<Figure>(type: type)
    bind.method("subplots", .unlabelled(default: 1), .unlabelled(default: 1)) { (figure, rows: Int, columns: Int) -> Value in
      arranged(try figure.subplots(rows, columns))
    }
    bind.method("addAxes") { $0.addAxes() }
    bind.method("suptitle", .unlabelled) { (figure, text: String) in
      figure.suptitle = text
      return Nothing()
    }
    bind.method("tightLayout") { figure in
      figure.tightLayout()
      return Nothing()
    }
    bind.method("save", .unlabelled, .optional("dpi")) { (figure, path: String, dpi: Double?) in
      try figure.save(path, dpi: dpi)
      return Nothing()
    }
    bind.property("dpi") { $0.dpi }
    return type
  }()

  /// `Figure(...)`, registered with the session's open figures so it is shown under its cell.
  static func constructor(_ figures: OpenFigures) -> Function {
    Bind.function("init", .labelled("size", default: Inches(width: 6.4, height: 4.8)), .labelled("dpi", default: 100.0)) {
      (size: Inches, dpi: Double) -> Figure in
      let figure = Figure(width: size.width, height: size.height, dpi: dpi)
      figures.opened(figure)
      return figure
    }
  }

  /// Axes as `subplots` gives them to a cell: one Axes, a tuple for one row or column (so
  /// `let (a, b) = fig.subplots(1, 2)` works), or rows of axes for a grid.
  static func arranged(_ grid: [[Axes]]) -> Value {
    let flat = grid.flatMap { $0 }
    if flat.count == 1 { return flat[0].scriptValue }
    if grid.count == 1 || grid.allSatisfy({ $0.count == 1 }) {
      return .tuple(TupleValue(elements: flat.map(\.scriptValue), labels: nil))
    }
    return .array(grid.map { .array($0.map(\.scriptValue)) })
  }
}
