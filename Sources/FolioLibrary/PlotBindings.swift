import FolioPlot
import FolioScript
import FolioTensor

/// Plotting as cells see it: matplotlib's vocabulary in Swift's casing.
enum PlotBindings {
  /// The plotting functions of a session whose figures `figures` keeps.
  static func globals(_ figures: OpenFigures) -> [String: Value] {
    // The Figure type as cells name it: the shared members, plus a constructor that registers
    // each new figure with this session.
    let figureType = HostType(name: "Figure", describe: FigureBindings.type.describe)
    figureType.methods = FigureBindings.type.methods
    figureType.properties = FigureBindings.type.properties
    figureType.staticMembers["init"] = .function(FigureBindings.constructor(figures))
    return [
      "Figure": .type(.host(figureType)),
      // `plot(ys)`, `plot(xs, ys, "r--", label: …)`: a line on the current axes (a new figure if
      // there is none), shown under the cell when it finishes, as pyplot's `plt.plot`.
      "plot": .function(Arguments.function(
        "plot", AxesBindings.plotParameters + [("title", Value.none), ("xlabel", Value.none), ("ylabel", Value.none)]
      ) { _, arguments in
        let axes = figures.axes()
        try AxesBindings.plot(on: axes, arguments)
        if let title: String = try arguments.optional("title") { axes.title = title }
        if let xlabel: String = try arguments.optional("xlabel") { axes.xlabel = xlabel }
        if let ylabel: String = try arguments.optional("ylabel") { axes.ylabel = ylabel }
        return .void
      }),
      // `show()` draws the open figures now rather than when the cell ends.
      "show": .function(Bind.make("show", []) { context, _, _ in
        try figures.showAll(on: context.output)
        return .void
      }),
      // `close(fig)` discards a figure without showing it.
      "close": .function(Bind.function("close", .unlabelled) { (figure: Figure) in
        figures.close(figure)
        return Nothing()
      }),
    ]
  }
}

/// Numbers to plot: an array of Int or Double, or a one-dimensional tensor.
struct Series: ScriptConvertible {
  let values: [Double]

  static var scriptTypeName: String { "[Double] or a 1-D Tensor" }

  static func from(_ value: Value) throws -> Series {
    if case .object = value, let tensor = try? Tensor.from(value) {
      guard tensor.rank == 1 else { throw RuntimeError("expected a 1-D tensor, got shape \(tensor.shape)") }
      return Series(values: tensor.toArray())
    }
    return Series(values: try [Double].from(value))
  }

  var scriptValue: Value { .array(values.map(Value.double)) }
}
