import FolioPlot
import FolioScript
import FolioTensor

/// Plotting as cells see it: matplotlib's vocabulary in Swift's casing.
enum PlotBindings {
  /// The plotting functions of a session whose figures `figures` keeps.
  static func globals(_ figures: OpenFigures) -> [String: Value] {
    [
      // `plot(values, title:, xlabel:, ylabel:)`: a line on the current axes (a new figure if
      // there is none), shown under the cell when it finishes, like pyplot's `plt.plot`.
      "plot": .function(Bind.function(
        "plot", .unlabelled, .labelled("title", default: ""), .labelled("xlabel", default: ""),
        .labelled("ylabel", default: "")
      ) { (values: Series, title: String, xlabel: String, ylabel: String) in
        let axes = figures.axes()
        try axes.plot(y: values.values)
        if !title.isEmpty { axes.title = title }
        if !xlabel.isEmpty { axes.xlabel = xlabel }
        if !ylabel.isEmpty { axes.ylabel = ylabel }
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
