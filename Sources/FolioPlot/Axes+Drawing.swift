/// Drawing: the data area, then spines, ticks, labels and title around it, then the legend.
extension Axes {
  /// What drawing in one box needs: the data-to-pixel transform and both axes' ticks.
  struct Frame {
    let transform: DataTransform
    let xTicks: AxisTicks
    let yTicks: AxisTicks
    let metrics: AxesMetrics
  }

  /// Works out the transform and ticks for the data area occupying `box`.
  /// - Throws: `PlotError` when a log axis has non-positive data or limits.
  func frame(in box: Rect) throws -> Frame {
    let metrics = AxesMetrics(pixelsPerPoint: dpi / 72)
    let limits = try viewLimits()
    let box = equalAspect ? Axes.equalAspectBox(box, limits) : box
    let transform = DataTransform(x: limits.x, y: limits.y, box: box, xScale: xScale, yScale: yScale)
    // matplotlib sizes tick density by the room labels need: three font sizes per
    // tick across, two up the side (Axis.get_tick_space).
    let xTicks = xScale.ticks(for: limits.x, bins: metrics.tickBins(length: box.width, labelSpacing: 3))
    let yTicks = yScale.ticks(for: limits.y, bins: metrics.tickBins(length: box.height, labelSpacing: 2))
    return Frame(transform: transform, xTicks: xTicks, yTicks: yTicks, metrics: metrics)
  }

  /// Draws the axes and everything in it with the data area occupying `box`, and
  /// returns the rectangle covering the box and all its text (matplotlib's tight bbox).
  /// - Throws: `PlotError` when a log axis has non-positive data or limits.
  @discardableResult
  func draw(on canvas: Canvas, in box: Rect) throws -> Rect {
    let frame = try frame(in: box)
    let box = frame.transform.box
    let context = DrawContext(transform: frame.transform, pixelsPerPoint: frame.metrics.pixelsPerPoint)
    canvas.setColor(.white)
    canvas.fillRect(box)
    if showsGrid {
      drawGrid(on: canvas, frame: frame)
    }
    for artist in artists {
      canvas.save()
      if artist.clipsToAxes {
        canvas.clip(toRect: box)
      }
      artist.draw(on: canvas, context: context)
      canvas.restore()
    }
    let bounds = drawDecorations(on: canvas, frame: frame)
    if let legendLocation {
      Legend(artists: artists, location: legendLocation)
        .draw(on: canvas, context: context, obstacles: artists.map { $0.legendObstacles(context: context) })
    }
    return bounds
  }

  /// The largest box inside `box`, centred, where a data unit is as long across as up.
  static func equalAspectBox(_ box: Rect, _ limits: (x: ViewLimits, y: ViewLimits)) -> Rect {
    let (width, height) = (abs(limits.x.upper - limits.x.lower), abs(limits.y.upper - limits.y.lower))
    guard width > 0, height > 0 else { return box }
    let scale = min(box.width / width, box.height / height)
    let (w, h) = (width * scale, height * scale)
    return Rect(x: box.x + (box.width - w) / 2, y: box.y + (box.height - h) / 2, width: w, height: h)
  }

  /// Draws only the spines, ticks and text for the data area at `box` and returns the
  /// rectangle they cover, for layouts that must measure before the real drawing.
  func tightBounds(in box: Rect, measuringOn canvas: Canvas) throws -> Rect {
    try drawDecorations(on: canvas, frame: frame(in: box))
  }

  /// Spines, ticks, tick labels, axis labels and title; returns the rectangle
  /// covering them and the data area.
  private func drawDecorations(on canvas: Canvas, frame: Frame) -> Rect {
    let box = frame.transform.box
    canvas.save()
    canvas.setColor(.black)
    drawSpines(on: canvas, box: box, metrics: frame.metrics)
    var covered = box
    let xLabels = drawXTicks(frame.xTicks, on: canvas, transform: frame.transform, metrics: frame.metrics)
    let yLabels = drawYTicks(frame.yTicks, on: canvas, transform: frame.transform, metrics: frame.metrics)
    for label in xLabels + yLabels {
      covered = covered.union(label)
    }
    let labelsBottom = xLabels.map { $0.y + $0.height }.max() ?? box.y + box.height
    let labelsLeft = yLabels.map(\.x).min() ?? box.x
    for label in drawAxisLabels(on: canvas, box: box, below: labelsBottom, leftOf: labelsLeft, metrics: frame.metrics) {
      covered = covered.union(label)
    }
    if let title = drawTitle(on: canvas, box: box, yOffsetLabel: frame.yTicks.offsetLabel, metrics: frame.metrics) {
      covered = covered.union(title)
    }
    canvas.restore()
    return covered
  }

  /// Grid lines at the major ticks, clipped to the data area, behind the data.
  private func drawGrid(on canvas: Canvas, frame: Frame) {
    let box = frame.transform.box
    let width = frame.metrics.gridWidth
    canvas.save()
    canvas.clip(toRect: box)
    canvas.setColor(AxesMetrics.gridColor)
    canvas.setLineWidth(width)
    canvas.setLineCap(.projecting)
    for tick in frame.xTicks.ticks where !tick.isMinor {
      let x = frame.metrics.snap(frame.transform.pixelX(tick.position), width: width)
      canvas.stroke([Point(x: x, y: box.y), Point(x: x, y: box.y + box.height)])
    }
    for tick in frame.yTicks.ticks where !tick.isMinor {
      let y = frame.metrics.snap(frame.transform.pixelY(tick.position), width: width)
      canvas.stroke([Point(x: box.x, y: y), Point(x: box.x + box.width, y: y)])
    }
    canvas.restore()
  }

  private func drawSpines(on canvas: Canvas, box: Rect, metrics: AxesMetrics) {
    let width = metrics.spineWidth
    canvas.setLineWidth(width)
    // matplotlib's spines use projecting caps, which close the corners.
    canvas.setLineCap(.projecting)
    let left = metrics.snap(box.x, width: width)
    let right = metrics.snap(box.x + box.width, width: width)
    let top = metrics.snap(box.y, width: width)
    let bottom = metrics.snap(box.y + box.height, width: width)
    canvas.stroke([Point(x: left, y: top), Point(x: left, y: bottom)])
    canvas.stroke([Point(x: right, y: top), Point(x: right, y: bottom)])
    canvas.stroke([Point(x: left, y: top), Point(x: right, y: top)])
    canvas.stroke([Point(x: left, y: bottom), Point(x: right, y: bottom)])
  }

  /// Draws the bottom ticks, their labels and the offset text; returns the rectangles of the text.
  private func drawXTicks(_ ticks: AxisTicks, on canvas: Canvas, transform: DataTransform, metrics: AxesMetrics) -> [Rect] {
    let spine = transform.box.y + transform.box.height
    canvas.setLineCap(.butt)
    var drawn: [Rect] = []
    for tick in ticks.ticks {
      let (length, width, pad) = metrics.tickStyle(minor: tick.isMinor)
      let x = transform.pixelX(tick.position)
      let snapped = metrics.snap(x, width: width)
      canvas.setLineWidth(width)
      canvas.stroke([Point(x: snapped, y: metrics.snap(spine, width: width)),
                     Point(x: snapped, y: metrics.snap(spine + length, width: width))])
      if let label = tick.label {
        drawn.append(label.draw(on: canvas, at: Point(x: x, y: spine + length + pad), size: metrics.tickLabelSize,
                                anchor: TextAnchor(horizontal: .center, vertical: .top)))
      }
    }
    if !ticks.offsetLabel.isEmpty {
      let labelsBottom = drawn.map { $0.y + $0.height }.max() ?? spine
      drawn.append(TickLabel.plain(ticks.offsetLabel).draw(
        on: canvas, at: Point(x: transform.box.x + transform.box.width, y: labelsBottom + metrics.offsetTextPad),
        size: metrics.tickLabelSize, anchor: TextAnchor(horizontal: .right, vertical: .top)))
    }
    return drawn
  }

  /// Draws the left ticks, their labels and the offset text; returns the rectangles of
  /// the tick labels, then the offset text's if there is one.
  private func drawYTicks(_ ticks: AxisTicks, on canvas: Canvas, transform: DataTransform, metrics: AxesMetrics) -> [Rect] {
    let spine = transform.box.x
    canvas.setLineCap(.butt)
    var drawn: [Rect] = []
    for tick in ticks.ticks {
      let (length, width, pad) = metrics.tickStyle(minor: tick.isMinor)
      let y = transform.pixelY(tick.position)
      let snapped = metrics.snap(y, width: width)
      canvas.setLineWidth(width)
      canvas.stroke([Point(x: metrics.snap(spine, width: width), y: snapped),
                     Point(x: metrics.snap(spine - length, width: width), y: snapped)])
      if let label = tick.label {
        drawn.append(label.draw(on: canvas, at: Point(x: spine - length - pad, y: y), size: metrics.tickLabelSize,
                                anchor: TextAnchor(horizontal: .right, vertical: .centerBaseline)))
      }
    }
    if !ticks.offsetLabel.isEmpty {
      // Above the axes, so it does not push the y label outwards.
      let offset = TickLabel.plain(ticks.offsetLabel).draw(
        on: canvas, at: Point(x: spine, y: transform.box.y - metrics.offsetTextPad),
        size: metrics.tickLabelSize, anchor: TextAnchor(horizontal: .left, vertical: .bottom))
      return drawn + [offset]
    }
    return drawn
  }

  private func drawAxisLabels(on canvas: Canvas, box: Rect, below labelsBottom: Double, leftOf labelsLeft: Double,
                              metrics: AxesMetrics) -> [Rect] {
    var drawn: [Rect] = []
    if let xlabel, !xlabel.isEmpty {
      let point = Point(x: box.x + box.width / 2, y: labelsBottom + metrics.labelPad)
      let anchor = TextAnchor(horizontal: .center, vertical: .top)
      canvas.text(xlabel, at: point, size: metrics.labelSize, anchor: anchor, rotation: 0)
      drawn.append(canvas.textBounds(xlabel, at: point, size: metrics.labelSize, anchor: anchor, rotation: 0))
    }
    if let ylabel, !ylabel.isEmpty {
      // Rotated a quarter turn, the text's bottom edge faces the tick labels.
      let point = Point(x: labelsLeft - metrics.labelPad, y: box.y + box.height / 2)
      let anchor = TextAnchor(horizontal: .center, vertical: .bottom)
      canvas.text(ylabel, at: point, size: metrics.labelSize, anchor: anchor, rotation: .pi / 2)
      drawn.append(canvas.textBounds(ylabel, at: point, size: metrics.labelSize, anchor: anchor, rotation: .pi / 2))
    }
    return drawn
  }

  /// Draws the title, if any, and returns its rectangle.
  private func drawTitle(on canvas: Canvas, box: Rect, yOffsetLabel: String, metrics: AxesMetrics) -> Rect? {
    guard let title, !title.isEmpty else { return nil }
    let centre = box.x + box.width / 2
    let titleWidth = canvas.measureText(title, size: metrics.titleSize).width
    let offsetSize = canvas.measureText(yOffsetLabel, size: metrics.tickLabelSize)
    let point: Point
    let anchor: TextAnchor
    // The y offset text sits above the top-left corner; like matplotlib, lift a
    // title wide enough to collide with it clear of it.
    if !yOffsetLabel.isEmpty, centre - titleWidth / 2 < box.x + offsetSize.width {
      let offsetTop = box.y - metrics.offsetTextPad - offsetSize.height
      point = Point(x: centre, y: offsetTop - metrics.offsetTextPad)
      anchor = TextAnchor(horizontal: .center, vertical: .bottom)
    } else {
      point = Point(x: centre, y: box.y - metrics.titlePad)
      anchor = TextAnchor(horizontal: .center, vertical: .baseline)
    }
    canvas.text(title, at: point, size: metrics.titleSize, anchor: anchor, rotation: 0)
    return canvas.textBounds(title, at: point, size: metrics.titleSize, anchor: anchor, rotation: 0)
  }
}
