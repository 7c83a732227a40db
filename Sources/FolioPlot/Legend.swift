import Glibc

/// Where a legend sits inside its axes, with matplotlib's `loc` names.
///
/// The cases after `.best` are in matplotlib's code order (1…10), which is also the
/// order `.best` tries them in.
public enum LegendLocation: Sendable, CaseIterable {
  /// Wherever covers the least data, chosen when the figure is drawn.
  case best
  /// Top right corner.
  case upperRight
  /// Top left corner.
  case upperLeft
  /// Bottom left corner.
  case lowerLeft
  /// Bottom right corner.
  case lowerRight
  /// Middle of the right edge (the same place as `.centerRight`).
  case right
  /// Middle of the left edge.
  case centerLeft
  /// Middle of the right edge.
  case centerRight
  /// Middle of the bottom edge.
  case lowerCenter
  /// Middle of the top edge.
  case upperCenter
  /// Centre of the axes.
  case center
}

/// A legend box: one row per labelled artist, its key then its label, in a
/// translucent rounded frame, laid out with matplotlib's legend rcParams.
struct Legend {
  /// The labelled artists, in drawing order.
  let entries: [Artist]
  let location: LegendLocation

  /// A legend for those of `artists` with a label; like matplotlib, labels starting
  /// with "_" are left out, so they can name an artist without listing it.
  init(artists: [Artist], location: LegendLocation) {
    entries = artists.filter { !($0.label ?? "_").hasPrefix("_") && $0.label != "" }
    self.location = location
  }

  /// legend.fontsize ("medium"); every other length is in units of it.
  private static let fontSize = 10.0
  /// legend.borderpad: space inside the frame.
  private static let borderPad = 0.4
  /// legend.labelspacing: vertical space between rows.
  private static let labelSpacing = 0.5
  /// legend.handlelength: the key's width.
  private static let handleLength = 2.0
  /// legend.handleheight: the key's height, standing on the label's baseline.
  private static let handleHeight = 0.7
  /// legend.handletextpad: space between key and label.
  private static let handleTextPad = 0.8
  /// legend.borderaxespad: space between the frame and the axes edge.
  private static let borderAxesPad = 0.5
  /// The frame's rounding_size (0.2 of the font size, matplotlib's fancybox).
  private static let cornerRadius = 0.2
  /// legend.framealpha, applied to face and edge alike.
  private static let frameAlpha = 0.8
  /// legend.edgecolor "0.8", a light grey.
  private static let edgeGrey = 0.8
  /// patch.linewidth, in points: the frame's stroke.
  private static let frameWidth = 1.0

  /// Draws the legend, choosing its place among `obstacles` when the location is `.best`.
  func draw(on canvas: Canvas, context: DrawContext, obstacles: [LegendObstacles]) {
    let labels = entries.compactMap(\.label)
    guard !labels.isEmpty else { return }
    let em = Legend.fontSize * context.pixelsPerPoint
    let baseline = TextAnchor(horizontal: .left, vertical: .baseline)
    // Each label's box relative to its baseline's left end.
    let boxes = labels.map { canvas.textBounds($0, at: Point(x: 0, y: 0), size: em, anchor: baseline, rotation: 0) }
    let size = Legend.size(of: boxes, em: em)
    let frame = place(size: size, in: context.transform.box, em: em, obstacles: obstacles)
    drawFrame(frame, on: canvas, em: em, pixelsPerPoint: context.pixelsPerPoint)

    var top = frame.y + Legend.borderPad * em
    let handleX = frame.x + Legend.borderPad * em
    let textX = handleX + (Legend.handleLength + Legend.handleTextPad) * em
    canvas.save()
    for (entry, (label, box)) in zip(entries, zip(labels, boxes)) {
      let rowBaseline = top - min(box.y, -Legend.handleHeight * em)
      let key = Rect(x: handleX, y: rowBaseline - Legend.handleHeight * em,
                     width: Legend.handleLength * em, height: Legend.handleHeight * em)
      entry.drawLegendKey(on: canvas, in: key, context: context)
      canvas.setColor(.black)
      canvas.text(label, at: Point(x: textX, y: rowBaseline), size: em, anchor: baseline, rotation: 0)
      top += Legend.rowHeight(box, em: em) + Legend.labelSpacing * em
    }
    canvas.restore()
  }

  /// A row is as tall as its label, or its key if that reaches higher.
  private static func rowHeight(_ box: Rect, em: Double) -> Double {
    box.y + box.height - min(box.y, -handleHeight * em)
  }

  /// The frame's width and height for labels measuring `boxes`.
  private static func size(of boxes: [Rect], em: Double) -> (width: Double, height: Double) {
    let textWidth = boxes.map(\.width).max() ?? 0
    let rows = boxes.map { rowHeight($0, em: em) }.reduce(0, +)
    return ((2 * borderPad + handleLength + handleTextPad) * em + textWidth,
            2 * borderPad * em + rows + labelSpacing * em * Double(boxes.count - 1))
  }

  /// The frame rectangle at the location, trying matplotlib's places in order for
  /// `.best` and keeping the first that covers least.
  private func place(size: (width: Double, height: Double), in axes: Rect, em: Double,
                     obstacles: [LegendObstacles]) -> Rect {
    let inset = Legend.borderAxesPad * em
    let area = Rect(x: axes.x + inset, y: axes.y + inset, width: axes.width - 2 * inset, height: axes.height - 2 * inset)
    guard location == .best else { return Legend.anchored(location, size: size, in: area) }
    var best: (badness: Int, frame: Rect)?
    for candidate in LegendLocation.allCases.dropFirst() {
      let frame = Legend.anchored(candidate, size: size, in: area)
      let badness = obstacles.map { Legend.badness(of: frame, covering: $0) }.reduce(0, +)
      if badness == 0 {
        return frame
      }
      if badness < best?.badness ?? .max {
        best = (badness, frame)
      }
    }
    return best?.frame ?? Legend.anchored(.upperRight, size: size, in: area)
  }

  /// How much of `obstacles` a legend at `frame` hides, as matplotlib scores it.
  private static func badness(of frame: Rect, covering obstacles: LegendObstacles) -> Int {
    var count = obstacles.points.filter(frame.contains).count
    count += obstacles.boxes.filter(frame.intersects).count
    for line in obstacles.polylines {
      count += line.filter(frame.contains).count
      let crosses = zip(line, line.dropFirst()).contains { Legend.segment(from: $0, to: $1, meets: frame) }
      count += crosses ? 1 : 0
    }
    return count
  }

  /// Whether the segment touches the rectangle, by clipping it to the rectangle's slabs.
  private static func segment(from start: Point, to end: Point, meets rect: Rect) -> Bool {
    guard start.x.isFinite, start.y.isFinite, end.x.isFinite, end.y.isFinite else { return false }
    var entry = 0.0
    var exit = 1.0
    for (origin, delta, low, high) in [(start.x, end.x - start.x, rect.x, rect.x + rect.width),
                                       (start.y, end.y - start.y, rect.y, rect.y + rect.height)] {
      if delta == 0 {
        guard low <= origin, origin <= high else { return false }
        continue
      }
      let t1 = (low - origin) / delta
      let t2 = (high - origin) / delta
      entry = max(entry, min(t1, t2))
      exit = min(exit, max(t1, t2))
    }
    return entry <= exit
  }

  /// The frame of `size` placed at `location` within `area` (the axes less the border pad).
  private static func anchored(_ location: LegendLocation, size: (width: Double, height: Double), in area: Rect) -> Rect {
    let left = area.x
    let centreX = area.x + (area.width - size.width) / 2
    let right = area.x + area.width - size.width
    let top = area.y
    let centreY = area.y + (area.height - size.height) / 2
    let bottom = area.y + area.height - size.height
    let origin: (Double, Double)
    switch location {
    case .best, .upperRight: origin = (right, top)
    case .upperLeft: origin = (left, top)
    case .lowerLeft: origin = (left, bottom)
    case .lowerRight: origin = (right, bottom)
    case .right, .centerRight: origin = (right, centreY)
    case .centerLeft: origin = (left, centreY)
    case .lowerCenter: origin = (centreX, bottom)
    case .upperCenter: origin = (centreX, top)
    case .center: origin = (centreX, centreY)
    }
    return Rect(x: origin.0, y: origin.1, width: size.width, height: size.height)
  }

  /// The white, translucent, round-cornered frame with its light grey edge.
  private func drawFrame(_ frame: Rect, on canvas: Canvas, em: Double, pixelsPerPoint: Double) {
    let outline = Legend.roundedRectangle(frame, radius: Legend.cornerRadius * em)
    canvas.save()
    canvas.setColor(Color(red: 1, green: 1, blue: 1, alpha: Legend.frameAlpha))
    canvas.fill(outline)
    canvas.setColor(Color(red: Legend.edgeGrey, green: Legend.edgeGrey, blue: Legend.edgeGrey, alpha: Legend.frameAlpha))
    canvas.setLineWidth(Legend.frameWidth * pixelsPerPoint)
    canvas.setLineJoin(.miter)
    // Going round one more corner makes the start a join rather than two butt ends.
    canvas.stroke(outline + outline.prefix(2))
    canvas.restore()
  }

  /// The corners of `rect` rounded with quarter circles of `radius`, as a polygon.
  private static func roundedRectangle(_ rect: Rect, radius: Double) -> [Point] {
    let r = min(radius, rect.width / 2, rect.height / 2)
    // Centres of the corner arcs, clockwise on screen from the top right, each with
    // the angle (y up) its quarter starts at.
    let corners = [(rect.x + rect.width - r, rect.y + r, Double.pi / 2),
                   (rect.x + rect.width - r, rect.y + rect.height - r, 0.0),
                   (rect.x + r, rect.y + rect.height - r, -Double.pi / 2),
                   (rect.x + r, rect.y + r, Double.pi)]
    // Eight chords per quarter circle: the default 2.8 px radius shows no facets.
    let steps = 8
    return corners.flatMap { corner in
      (0...steps).map { step in
        let angle = corner.2 - Double.pi / 2 * Double(step) / Double(steps)
        return Point(x: corner.0 + r * cos(angle), y: corner.1 - r * sin(angle))
      }
    }
  }
}
