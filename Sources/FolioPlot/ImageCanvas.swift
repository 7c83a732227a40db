import CCairo

/// A canvas that can draw a raster image, each image pixel a sharp rectangle.
protocol ImageCanvas: Canvas {
  /// Draws `width × height` straight-alpha RGBA pixels (row-major, top row first) stretched
  /// over `rect` with nearest-neighbour sampling; a negative width or height mirrors the image.
  func image(_ rgba: [UInt8], width: Int, height: Int, in rect: Rect)
}

extension CairoCanvas: ImageCanvas {
  /// Draws the pixels through a Cairo image pattern with the nearest filter.
  func image(_ rgba: [UInt8], width: Int, height: Int, in rect: Rect) {
    guard width > 0, height > 0, rgba.count == width * height * 4,
          rect.x.isFinite, rect.y.isFinite, rect.width.isFinite, rect.height.isFinite,
          rect.width != 0, rect.height != 0
    else { return }
    let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
    defer { cairo_surface_destroy(surface) }
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let pixels = cairo_image_surface_get_data(surface) else { return }
    let stride = Int(cairo_image_surface_get_stride(surface))
    rgba.withUnsafeBufferPointer { source in
      for row in 0..<height {
        let destination = UnsafeMutableRawPointer(pixels + row * stride)
        for column in 0..<width {
          let base = (row * width + column) * 4
          let alpha = UInt32(source[base + 3])
          // ARGB32 is premultiplied, one native-endian word per pixel with alpha on top.
          let red = (UInt32(source[base]) * alpha + 127) / 255
          let green = (UInt32(source[base + 1]) * alpha + 127) / 255
          let blue = (UInt32(source[base + 2]) * alpha + 127) / 255
          destination.storeBytes(of: alpha << 24 | red << 16 | green << 8 | blue, toByteOffset: column * 4, as: UInt32.self)
        }
      }
    }
    cairo_surface_mark_dirty(surface)
    cairo_save(context)
    cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
    cairo_clip(context)
    cairo_translate(context, rect.x, rect.y)
    cairo_scale(context, rect.width / Double(width), rect.height / Double(height))
    cairo_set_source_surface(context, surface, 0, 0)
    cairo_pattern_set_filter(cairo_get_source(context), CAIRO_FILTER_NEAREST)
    cairo_paint(context)
    cairo_restore(context)
  }
}
