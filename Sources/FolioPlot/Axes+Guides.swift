/// Reference lines, free text, the grid and the legend: what annotates the data rather than plotting it.
extension Axes {
  /// Draws a horizontal line at `y` across the whole width of the axes, like matplotlib's `axhline`.
  ///
  /// It widens the y limits to include `y` but leaves the x limits alone.
  /// - Parameters:
  ///   - color: nil for matplotlib's lines.color, "C0"; the colour cycle is not advanced.
  ///   - lineWidth: stroke width in points.
  ///   - label: a name shown by `legend()`.
  /// - Throws: `PlotError` if the width is negative or not finite.
  public func axhline(y: Double = 0, color: Color? = nil, lineStyle: LineStyle = .solid, lineWidth: Double = 1.5,
                      label: String? = nil) throws {
    try Axes.checkWidth(lineWidth)
    add(ReferenceLine(orientation: .horizontal, value: y, color: color ?? Color.defaultCycle[0], lineWidth: lineWidth,
                      lineStyle: lineStyle, label: label))
  }

  /// Draws a vertical line at `x` across the whole height of the axes, like matplotlib's `axvline`.
  ///
  /// It widens the x limits to include `x` but leaves the y limits alone.
  /// - Throws: `PlotError` if the width is negative or not finite.
  public func axvline(x: Double = 0, color: Color? = nil, lineStyle: LineStyle = .solid, lineWidth: Double = 1.5,
                      label: String? = nil) throws {
    try Axes.checkWidth(lineWidth)
    add(ReferenceLine(orientation: .vertical, value: x, color: color ?? Color.defaultCycle[0], lineWidth: lineWidth,
                      lineStyle: lineStyle, label: label))
  }

  /// Writes `string` with the left end of its baseline at the data point (`x`, `y`), like matplotlib's `text`.
  ///
  /// Text does not change the limits and is not cut off at the axes edge.
  /// - Parameters:
  ///   - fontSize: in points; matplotlib's font.size is 10.
  ///   - color: nil for matplotlib's text.color, black.
  public func text(x: Double, y: Double, _ string: String, fontSize: Double = 10, color: Color? = nil) {
    add(TextLabel(x: x, y: y, text: string, fontSize: fontSize, color: color ?? Color.black))
  }

  /// Shows or hides grid lines at the major ticks of both axes, drawn behind the data
  /// in matplotlib's style (grid.color #b0b0b0, grid.linewidth 0.8).
  public func grid(_ visible: Bool = true) {
    showsGrid = visible
  }

  /// Adds a legend listing every labelled artist, placed at `location`.
  ///
  /// `.best` chooses, when the figure is drawn, the place that hides the fewest data
  /// points and line segments, trying places in matplotlib's order.
  public func legend(location: LegendLocation = .best) {
    legendLocation = location
  }
}
