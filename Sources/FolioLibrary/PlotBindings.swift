import FolioPlot
import FolioScript
import FolioTensor

/// Plotting as cells see it: matplotlib's vocabulary in Swift's casing.
enum PlotBindings {
  /// `plot(values, title:, xlabel:, ylabel:)`: a line chart of `values` against their index,
  /// shown under the cell like matplotlib's inline backend shows a figure.
  static let plot = Bind.function(
    "plot", .unlabelled, .labelled("title", default: ""), .labelled("xlabel", default: ""),
    .labelled("ylabel", default: "")
  ) { (context, values: Series, title: String, xlabel: String, ylabel: String) in
    let figure = Figure()
    let axes = figure.addAxes()
    try axes.plot(y: values.values)
    axes.title = title.isEmpty ? nil : title
    axes.xlabel = xlabel.isEmpty ? nil : xlabel
    axes.ylabel = ylabel.isEmpty ? nil : ylabel
    let png = try figure.renderPNG()
    context.output.display(DisplayImage(png: png, width: figure.pixelWidth, height: figure.pixelHeight))
    return Nothing()
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
