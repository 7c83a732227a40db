import CPNG

/// PNG encoding and decoding of 8-bit straight-alpha RGBA images, via libpng's
/// simplified API.
///
/// The simplified API is used because libpng reports errors with `longjmp`, which
/// Swift cannot catch; `png_image_*` contain that inside libpng and return a flag.
/// It also writes no tIME or text chunks, so equal pixels give equal bytes.
public enum PNG {
  /// The largest image, in pixels, either direction accepts (1 GiB of RGBA).
  public static let maximumPixelCount = 1 << 28

  /// Encodes `width × height` pixels of row-major RGBA bytes as a PNG file.
  /// - Throws: `PlotError` if the sizes are not positive, the buffer length is not
  ///   `width * height * 4`, or libpng fails.
  public static func encode(rgba: [UInt8], width: Int, height: Int) throws -> [UInt8] {
    guard width > 0, height > 0 else {
      throw PlotError("Cannot encode a PNG of \(width)×\(height) pixels: both sides must be positive.")
    }
    let (pixelCount, overflow) = width.multipliedReportingOverflow(by: height)
    guard !overflow, pixelCount <= maximumPixelCount else {
      throw PlotError("Cannot encode a PNG of \(width)×\(height) pixels: the limit is \(maximumPixelCount) pixels.")
    }
    guard rgba.count == pixelCount * 4 else {
      throw PlotError("A \(width)×\(height) RGBA image needs \(pixelCount * 4) bytes, but \(rgba.count) were given.")
    }
    // Most plots compress far below this first guess; when one does not, libpng
    // reports the exact size needed and the second attempt uses it.
    var capacity = rgba.count / 8 + 65_536
    for _ in 0..<2 {
      var image = emptyImage()
      image.width = png_uint_32(width)
      image.height = png_uint_32(height)
      image.format = rgbaFormat
      // Fast filtering and compression encode a chart about 4× quicker for ~15% more bytes.
      image.flags = png_uint_32(PNG_IMAGE_FLAG_FAST)
      var output = [UInt8](repeating: 0, count: capacity)
      var size = png_alloc_size_t(capacity)
      let written = output.withUnsafeMutableBytes { destination in
        rgba.withUnsafeBytes { source in
          // The stride is counted in components, which for 8-bit RGBA is bytes.
          png_image_write_to_memory(&image, destination.baseAddress, &size, 0,
                                    source.baseAddress, png_int_32(width * 4), nil)
        }
      }
      if written != 0 {
        output.removeSubrange(Int(size)...)
        return output
      }
      guard Int(size) > capacity else {
        throw PlotError("libpng could not encode the image: \(message(of: image)).")
      }
      capacity = Int(size)
    }
    throw PlotError("libpng could not encode the image: its output size kept changing.")
  }

  /// Decodes a PNG file of any colour type into row-major 8-bit RGBA.
  /// - Throws: `PlotError` if the bytes are not a complete, valid PNG or the image
  ///   exceeds `maximumPixelCount`.
  public static func decode(_ bytes: [UInt8]) throws -> (width: Int, height: Int, rgba: [UInt8]) {
    guard !bytes.isEmpty else {
      throw PlotError("Cannot decode PNG data: the byte array is empty.")
    }
    // libpng reads from the caller's memory until finish_read, so both calls stay inside this closure.
    return try bytes.withUnsafeBytes { source in
      var image = emptyImage()
      guard png_image_begin_read_from_memory(&image, source.baseAddress, source.count) != 0 else {
        throw PlotError("Cannot decode PNG data: \(message(of: image)).")
      }
      let width = Int(image.width)
      let height = Int(image.height)
      guard width * height <= maximumPixelCount else {
        png_image_free(&image)
        throw PlotError("Cannot decode a PNG of \(width)×\(height) pixels: the limit is \(maximumPixelCount) pixels.")
      }
      image.format = rgbaFormat
      var rgba = [UInt8](repeating: 0, count: width * height * 4)
      let finished = rgba.withUnsafeMutableBytes { destination in
        png_image_finish_read(&image, nil, destination.baseAddress, 0, nil)
      }
      guard finished != 0 else {
        throw PlotError("Cannot decode PNG data: \(message(of: image)).")
      }
      return (width, height, rgba)
    }
  }

  /// PNG_FORMAT_RGBA, spelled out because Swift does not import macros built from other macros.
  private static let rgbaFormat = png_uint_32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)

  /// A zeroed `png_image` of the current version; libpng requires `opaque` to be NULL on entry.
  private static func emptyImage() -> png_image {
    var image = png_image()
    image.version = png_uint_32(PNG_IMAGE_VERSION)
    return image
  }

  /// The NUL-terminated message libpng leaves in the image after a failure.
  private static func message(of image: png_image) -> String {
    withUnsafeBytes(of: image.message) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
  }
}
