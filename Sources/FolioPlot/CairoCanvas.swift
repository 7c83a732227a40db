import CCairo

/// A `Canvas` that rasterises into an in-memory Cairo ARGB32 image.
///
/// Shapes are antialiased with `CAIRO_ANTIALIAS_BEST`; text uses DejaVu Sans with
/// grey antialiasing and no hinting, so the output depends only on the font file and
/// the Cairo/FreeType versions, not on fontconfig or display settings.
public final class CairoCanvas: Canvas {
  /// Width of the image in pixels.
  public let width: Int
  /// Height of the image in pixels.
  public let height: Int
  /// The largest width or height accepted, which bounds memory at 1 GiB per image
  /// (Cairo itself stops at 32767).
  public static let maximumSide = 16384

  private let surface: OpaquePointer
  // Internal so extensions in other files (images, compound fills) can draw with it.
  let context: OpaquePointer
  /// Held so the Cairo face set on `context` stays valid for the canvas's lifetime.
  private let font: Font

  /// Creates a transparent canvas of the given size in pixels.
  /// - Throws: `PlotError` if a side is outside 1...`maximumSide`, the font is
  ///   missing, or Cairo cannot allocate the image.
  public init(width: Int, height: Int) throws {
    guard (1...Self.maximumSide).contains(width), (1...Self.maximumSide).contains(height) else {
      throw PlotError("An image of \(width)×\(height) pixels cannot be drawn: each side must be between 1 and \(Self.maximumSide) pixels.")
    }
    let font = try Font.dejaVuSans()
    // Cairo reports failure through an error-state object, never NULL, so the
    // status checks below are the real tests.
    let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
      cairo_surface_destroy(surface)
      throw PlotError("Cairo could not allocate a \(width)×\(height) image.")
    }
    let context = cairo_create(surface)!
    guard cairo_status(context) == CAIRO_STATUS_SUCCESS else {
      cairo_destroy(context)
      cairo_surface_destroy(surface)
      throw PlotError("Cairo could not create a drawing context.")
    }
    cairo_set_antialias(context, CAIRO_ANTIALIAS_BEST)
    let options = cairo_font_options_create()
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_set_font_options(context, options)
    cairo_font_options_destroy(options)
    cairo_set_font_face(context, font.cairoFace)
    self.width = width
    self.height = height
    self.surface = surface
    self.context = context
    self.font = font
  }

  deinit {
    cairo_destroy(context)
    cairo_surface_destroy(surface)
  }

  /// Pushes the drawing state onto Cairo's state stack.
  public func save() { cairo_save(context) }

  /// Pops the drawing state pushed by the matching `save()`.
  public func restore() { cairo_restore(context) }

  /// Moves the origin by the given number of pixels.
  public func translate(x: Double, y: Double) { cairo_translate(context, x, y) }

  /// Rotates later drawing counter-clockwise on screen.
  public func rotate(radians: Double) {
    // Cairo's y axis points down, so its positive angles turn clockwise on screen.
    cairo_rotate(context, -radians)
  }

  /// Sets the source colour for strokes, fills and text.
  public func setColor(_ color: Color) {
    cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
  }

  /// Sets the stroke width in pixels.
  public func setLineWidth(_ pixels: Double) {
    cairo_set_line_width(context, pixels.isFinite ? max(0, pixels) : 0)
  }

  /// Sets the dash pattern in pixels; empty or invalid patterns mean solid.
  public func setDash(_ pattern: [Double]) {
    // Cairo puts the whole context into a sticky error state on an invalid dash,
    // which would lose the rest of the drawing; fall back to solid instead.
    let valid = pattern.allSatisfy { $0.isFinite && $0 >= 0 } && pattern.contains { $0 > 0 }
    let dashes = valid ? pattern : []
    cairo_set_dash(context, dashes, Int32(dashes.count), 0)
  }

  /// Sets the cap drawn at stroke ends.
  public func setLineCap(_ cap: LineCap) {
    switch cap {
    case .butt: cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
    case .round: cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
    case .projecting: cairo_set_line_cap(context, CAIRO_LINE_CAP_SQUARE)
    }
  }

  /// Sets the join drawn at stroke corners.
  public func setLineJoin(_ join: LineJoin) {
    switch join {
    case .miter: cairo_set_line_join(context, CAIRO_LINE_JOIN_MITER)
    case .round: cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
    case .bevel: cairo_set_line_join(context, CAIRO_LINE_JOIN_BEVEL)
    }
  }

  /// Strokes a polyline, starting a new run after each non-finite point.
  public func stroke(_ path: [Point]) {
    var runLength = 0
    for point in path {
      guard point.x.isFinite, point.y.isFinite else {
        runLength = 0
        continue
      }
      if runLength == 0 {
        cairo_move_to(context, point.x, point.y)
      } else {
        cairo_line_to(context, point.x, point.y)
      }
      runLength += 1
    }
    // One stroke for all runs, so overlapping parts of a translucent line are not blended twice.
    cairo_stroke(context)
  }

  /// Fills the closed polygon through the finite points.
  public func fill(_ polygon: [Point]) {
    let corners = polygon.filter { $0.x.isFinite && $0.y.isFinite }
    guard let first = corners.first else { return }
    cairo_move_to(context, first.x, first.y)
    for corner in corners.dropFirst() {
      cairo_line_to(context, corner.x, corner.y)
    }
    cairo_close_path(context)
    cairo_fill(context)
  }

  /// Fills a rectangle.
  public func fillRect(_ rect: Rect) {
    cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
    cairo_fill(context)
  }

  /// Narrows the clip to a rectangle until the next `restore()`.
  public func clip(toRect rect: Rect) {
    cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
    cairo_clip(context)
  }

  /// Draws one line of text anchored and rotated about `point`.
  public func text(_ string: String, at point: Point, size: Double, anchor: TextAnchor, rotation: Double) {
    guard !string.isEmpty, let box = textBox(string, size: size),
          point.x.isFinite, point.y.isFinite, rotation.isFinite
    else { return }
    let origin = anchor.originOffset(for: box)
    var x = origin.x
    var y = origin.y
    cairo_save(context)
    cairo_translate(context, point.x, point.y)
    cairo_rotate(context, -rotation)
    // Start glyphs on whole device pixels, as matplotlib's Agg backend does, so
    // baselines and stems stay crisp instead of smearing across two pixels.
    cairo_user_to_device(context, &x, &y)
    x.round()
    y.round()
    cairo_device_to_user(context, &x, &y)
    cairo_move_to(context, x, y)
    string.withCString { cairo_show_text(context, $0) }
    cairo_restore(context)
  }

  /// The width and height of the box `text` anchors, in pixels.
  public func measureText(_ string: String, size: Double) -> (width: Double, height: Double) {
    guard let box = textBox(string, size: size) else { return (0, 0) }
    return (box.width, box.bottom - box.top)
  }

  /// The rectangle `text` covers with the same arguments, before its whole-pixel rounding.
  public func textBounds(_ string: String, at point: Point, size: Double, anchor: TextAnchor, rotation: Double) -> Rect {
    guard !string.isEmpty, let box = textBox(string, size: size), rotation.isFinite else {
      return Rect(x: point.x, y: point.y, width: 0, height: 0)
    }
    return box.bounds(anchor: anchor, at: point, rotation: rotation)
  }

  /// Encodes the current image as a PNG with straight (non-premultiplied) RGBA pixels.
  /// - Throws: `PlotError` if Cairo hit an error while drawing or encoding fails.
  public func pngData() throws -> [UInt8] {
    let status = cairo_status(context)
    guard status == CAIRO_STATUS_SUCCESS else {
      throw PlotError("Drawing failed inside Cairo: \(String(cString: cairo_status_to_string(status))).")
    }
    cairo_surface_flush(surface)
    guard let pixels = cairo_image_surface_get_data(surface) else {
      throw PlotError("Cairo's image surface has no pixel data.")
    }
    let stride = Int(cairo_image_surface_get_stride(surface))
    var rgba = [UInt8](repeating: 0, count: width * height * 4)
    rgba.withUnsafeMutableBufferPointer { output in
      for row in 0..<height {
        let source = UnsafeRawPointer(pixels + row * stride)
        for column in 0..<width {
          // ARGB32 is one native-endian word per pixel, alpha in the top byte.
          let word = source.load(fromByteOffset: column * 4, as: UInt32.self)
          let alpha = word >> 24
          let base = (row * width + column) * 4
          output[base] = unpremultiply((word >> 16) & 0xFF, alpha)
          output[base + 1] = unpremultiply((word >> 8) & 0xFF, alpha)
          output[base + 2] = unpremultiply(word & 0xFF, alpha)
          output[base + 3] = UInt8(alpha)
        }
      }
    }
    return try PNG.encode(rgba: rgba, width: width, height: height)
  }

  /// The anchoring box of `string` relative to its origin on the baseline (y down),
  /// or nil when the size cannot be drawn.
  private func textBox(_ string: String, size: Double) -> TextBox? {
    // A zero or non-finite size gives Cairo a singular font matrix, a sticky error.
    guard size.isFinite, size > 0 else { return nil }
    cairo_set_font_size(context, size)
    let ink = inkExtents(string)
    let reference = inkExtents("lp")
    let hasInk = ink.width > 0 || ink.height > 0
    let top = hasInk ? min(ink.y_bearing, reference.y_bearing) : reference.y_bearing
    let bottom = hasInk
      ? max(ink.y_bearing + ink.height, reference.y_bearing + reference.height)
      : reference.y_bearing + reference.height
    return TextBox(left: hasInk ? ink.x_bearing : 0, width: ink.width, top: top, bottom: bottom)
  }

  private func inkExtents(_ string: String) -> cairo_text_extents_t {
    var extents = cairo_text_extents_t()
    string.withCString { cairo_text_extents(context, $0, &extents) }
    return extents
  }
}

/// Converts one premultiplied channel back to straight alpha, rounding to nearest.
private func unpremultiply(_ channel: UInt32, _ alpha: UInt32) -> UInt8 {
  guard alpha > 0 else { return 0 }
  return UInt8(min(255, (channel * 255 + alpha / 2) / alpha))
}
