import FolioPlot
import FolioScript

/// The figures a session has open, as pyplot's figure manager keeps them: the quick forms
/// draw on the current one, and every open figure is shown under the cell that made it when
/// the cell finishes (Jupyter's inline backend), then closed.
final class OpenFigures {
  private(set) var figures: [Figure] = []
  /// Where `plot(...)` draws: the last axes made or used.
  private var currentAxes: (figure: Figure, axes: Axes)?

  /// Registers a figure made in a cell; it becomes the current one.
  func opened(_ figure: Figure) {
    figures.append(figure)
    currentAxes = nil
  }

  /// The current axes, making a figure and axes if there are none (pyplot's `gca`).
  func axes() -> Axes {
    if let (figure, axes) = currentAxes, figures.contains(where: { $0 === figure }) { return axes }
    let figure = figures.last ?? {
      let made = Figure(width: FigureDefaults.width, height: FigureDefaults.height, dpi: FigureDefaults.dpi)
      opened(made)
      return made
    }()
    let axes = figure.addAxes()
    currentAxes = (figure, axes)
    return axes
  }

  /// Removes a figure without showing it (`plt.close(fig)`).
  func close(_ figure: Figure) {
    figures.removeAll { $0 === figure }
    if currentAxes?.figure === figure { currentAxes = nil }
  }

  /// Renders every open figure to `output`, in the order they were made, and closes them.
  func showAll(on output: OutputSink) throws {
    let shown = figures
    figures = []
    currentAxes = nil
    for figure in shown {
      let png = try figure.renderPNG()
      output.display(DisplayImage(png: png, width: figure.pixelWidth, height: figure.pixelHeight))
    }
  }
}

/// The size in inches and resolution of the figure `plot(...)` makes when no figure is open,
/// as matplotlib's `figure.figsize` and `figure.dpi` rcParams are.
/// The notebook runner sets them for each cell from its fig-width, fig-height and fig-dpi
/// options; `Figure(size:dpi:)` keeps its own arguments.
public enum FigureDefaults {
  /// The width in inches; matplotlib's default.
  public static var width = 6.4
  /// The height in inches; matplotlib's default.
  public static var height = 4.8
  /// Dots per inch; matplotlib's default.
  public static var dpi = 100.0
}
