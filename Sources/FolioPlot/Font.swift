import CCairo
import Foundation

/// A TrueType font loaded with FreeType and wrapped as a Cairo font face.
///
/// Loading the file directly, instead of asking fontconfig for "DejaVu Sans", keeps
/// the rendered pixels independent of the machine's font configuration.
public final class Font {
  /// Where Debian's fonts-dejavu-core installs DejaVu Sans, matplotlib's default font.
  public static let dejaVuSansPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

  /// DejaVu Sans, loaded once per process and shared by every canvas.
  /// - Throws: `PlotError` telling the user to run `make setup` when the font is missing.
  public static func dejaVuSans() throws -> Font {
    try sharedDejaVuSans.get()
  }

  private static let sharedDejaVuSans = Result { try Font(path: dejaVuSansPath) }

  /// The Cairo face; it owns the FreeType face and releases it when Cairo is done with it.
  let cairoFace: OpaquePointer

  /// Loads the first face of the font file at `path`.
  /// - Throws: `PlotError` if the file is missing or FreeType cannot read it.
  public init(path: String) throws {
    let library = try freeTypeLibrary.get()
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw PlotError("Font file '\(path)' is missing or unreadable; run `make setup` to install fonts-dejavu-core.")
    }
    var loaded: FT_Face?
    // FreeType forbids concurrent use of one FT_Library, and faces are created from the shared one.
    let error = freeTypeLock.withLock { FT_New_Face(library, path, 0, &loaded) }
    guard error == 0, let face = loaded else {
      throw PlotError("FreeType could not load '\(path)' (error \(error)); it is not a usable font file. Run `make setup` to reinstall fonts-dejavu-core.")
    }
    // Cairo signals failure with an error-state face rather than NULL.
    guard let cairoFace = cairo_ft_font_face_create_for_ft_face(face, 0),
          cairo_font_face_status(cairoFace) == CAIRO_STATUS_SUCCESS
    else {
      releaseFace(face)
      throw PlotError("Cairo could not create a font face from '\(path)'.")
    }
    // Cairo may keep the face in its font caches after we release it, so the
    // FreeType face must live exactly as long as the Cairo face: hand it over.
    let status = cairo_font_face_set_user_data(cairoFace, faceOwnershipKey, UnsafeMutableRawPointer(face)) { pointer in
      if let pointer { releaseFace(pointer.assumingMemoryBound(to: FT_FaceRec.self)) }
    }
    guard status == CAIRO_STATUS_SUCCESS else {
      cairo_font_face_destroy(cairoFace)
      releaseFace(face)
      throw PlotError("Cairo could not take ownership of the font '\(path)'.")
    }
    self.cairoFace = cairoFace
  }

  deinit {
    cairo_font_face_destroy(cairoFace)
  }
}

/// Guards `freeTypeLibrary`, which FreeType does not allow two threads to use at once.
private let freeTypeLock = NSLock()

/// Frees a face under the library lock; Cairo may call this from whichever thread drops the last reference.
private func releaseFace(_ face: FT_Face) {
  _ = freeTypeLock.withLock { FT_Done_Face(face) }
}

/// One FreeType library for the process: faces must not outlive it, and faces can be
/// released late from inside Cairo's caches, so it is never freed.
private let freeTypeLibrary: Result<FT_Library, PlotError> = {
  var library: FT_Library?
  let error = FT_Init_FreeType(&library)
  guard error == 0, let library else {
    return .failure(PlotError("FreeType failed to initialise (error \(error))."))
  }
  return .success(library)
}()

/// Cairo identifies user data by the key's address, so it needs a stable allocation.
private let faceOwnershipKey: UnsafeMutablePointer<cairo_user_data_key_t> = {
  let key = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)
  key.initialize(to: cairo_user_data_key_t())
  return key
}()
