/// Where a grid of subplots sits on the page: matplotlib's subplot parameters, and
/// its tight layout, which recomputes them from the space text actually takes.
struct SubplotGrid {
  /// figure.subplot.left: the grid's left edge, as a fraction of the page width.
  var left = 0.125
  /// figure.subplot.right: the grid's right edge, from the page's left.
  var right = 0.9
  /// figure.subplot.bottom: the grid's bottom edge, from the page's bottom.
  var bottom = 0.11
  /// figure.subplot.top: the grid's top edge, from the page's bottom.
  var top = 0.88
  /// figure.subplot.wspace: the gap between columns, as a fraction of an axes' width.
  var wspace = 0.2
  /// figure.subplot.hspace: the gap between rows, as a fraction of an axes' height.
  var hspace = 0.2

  /// The data-area boxes of a `rows` × `columns` grid on `page`, top row first, as
  /// matplotlib's `GridSpec.get_grid_positions` places them.
  func boxes(rows: Int, columns: Int, page: Rect) -> [[Rect]] {
    let totalWidth = (right - left) * page.width
    let totalHeight = (top - bottom) * page.height
    let cellWidth = totalWidth / (Double(columns) + wspace * Double(columns - 1))
    let cellHeight = totalHeight / (Double(rows) + hspace * Double(rows - 1))
    return (0..<rows).map { row in
      (0..<columns).map { column in
        Rect(x: page.x + left * page.width + Double(column) * cellWidth * (1 + wspace),
             y: page.y + (1 - top) * page.height + Double(row) * cellHeight * (1 + hspace),
             width: cellWidth, height: cellHeight)
      }
    }
  }

  /// matplotlib's `tight_layout` (`_auto_adjust_subplotpars`): margins and gaps just
  /// wide enough for what sticks out of each axes, plus `pad` pixels around the edge
  /// and between cells, plus room for a suptitle `suptitleHeight` pixels tall.
  ///
  /// `boxes` are the data areas and `covered` the rectangles each axes' text reaches,
  /// both laid out as `boxes(…)` does. Returns nil, leaving the layout as it is,
  /// when the text leaves no room for the axes, as matplotlib does after its warning.
  static func tight(boxes: [[Rect]], covered: [[Rect]], page: Rect, pad: Double, suptitleHeight: Double?) -> SubplotGrid? {
    let rows = boxes.count
    let columns = boxes.first?.count ?? 0
    guard rows > 0, columns > 0 else { return nil }
    // horizontal[row][i]: what sticks into the vertical gap left of column i (i == columns: the right margin).
    var horizontal = [[Double]](repeating: [Double](repeating: 0, count: columns + 1), count: rows)
    var vertical = [[Double]](repeating: [Double](repeating: 0, count: columns), count: rows + 1)
    for row in 0..<rows {
      for column in 0..<columns {
        let box = boxes[row][column]
        let reach = covered[row][column]
        horizontal[row][column] += box.x - reach.x
        horizontal[row][column + 1] += (reach.x + reach.width) - (box.x + box.width)
        vertical[row][column] += box.y - reach.y
        vertical[row + 1][column] += (reach.y + reach.height) - (box.y + box.height)
      }
    }
    let marginLeft = max(horizontal.map { $0[0] }.max() ?? 0, 0) + pad
    let marginRight = max(horizontal.map { $0[columns] }.max() ?? 0, 0) + pad
    var marginTop = max(vertical[0].max() ?? 0, 0) + pad
    if let suptitleHeight {
      marginTop += suptitleHeight + pad
    }
    let marginBottom = max(vertical[rows].max() ?? 0, 0) + pad
    guard marginLeft + marginRight < page.width, marginTop + marginBottom < page.height else { return nil }
    var grid = SubplotGrid(left: marginLeft / page.width, right: 1 - marginRight / page.width,
                           bottom: marginBottom / page.height, top: 1 - marginTop / page.height)
    if columns > 1 {
      let gap = (horizontal.flatMap { $0[1..<columns] }.max() ?? 0) + pad
      let axesWidth = (page.width - marginLeft - marginRight - gap * Double(columns - 1)) / Double(columns)
      guard axesWidth > 0 else { return nil }
      grid.wspace = gap / axesWidth
    }
    if rows > 1 {
      let gap = (vertical[1..<rows].flatMap { $0 }.max() ?? 0) + pad
      let axesHeight = (page.height - marginTop - marginBottom - gap * Double(rows - 1)) / Double(rows)
      guard axesHeight > 0 else { return nil }
      grid.hspace = gap / axesHeight
    }
    return grid
  }
}
