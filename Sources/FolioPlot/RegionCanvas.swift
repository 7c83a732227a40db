import CCairo

/// A canvas that can fill many polygons as one shape.
protocol RegionCanvas: Canvas {
  /// Fills the union of `polygons` (non-zero winding) in one operation, so edges that
  /// neighbouring polygons share leave no antialiasing seam. With `antialiased` false, exactly
  /// the pixels whose centres are inside are set, so regions filled separately tile without gaps.
  func fill(polygons: [[Point]], antialiased: Bool)
}

extension CairoCanvas: RegionCanvas {
  /// Builds one Cairo path of all polygons and fills it once.
  func fill(polygons: [[Point]], antialiased: Bool) {
    cairo_save(context)
    if !antialiased {
      cairo_set_antialias(context, CAIRO_ANTIALIAS_NONE)
    }
    cairo_set_fill_rule(context, CAIRO_FILL_RULE_WINDING)
    for polygon in polygons {
      var started = false
      for corner in polygon where corner.x.isFinite && corner.y.isFinite {
        if started {
          cairo_line_to(context, corner.x, corner.y)
        } else {
          cairo_move_to(context, corner.x, corner.y)
          started = true
        }
      }
      if started {
        cairo_close_path(context)
      }
    }
    cairo_fill(context)
    cairo_restore(context)
  }
}
