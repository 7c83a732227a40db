/// Where a running cell's printed text and displayed images go.
public protocol OutputSink: AnyObject {
  /// Appends printed text.
  func write(_ text: String)
  /// Shows an image, such as a figure, at this point of the output.
  func display(_ image: DisplayImage)
}

/// An encoded image to show under a cell.
public struct DisplayImage {
  /// The PNG bytes.
  public var png: [UInt8]
  /// The width in pixels.
  public var width: Int
  /// The height in pixels.
  public var height: Int

  /// Creates a displayable PNG image.
  public init(png: [UInt8], width: Int, height: Int) {
    self.png = png
    self.width = width
    self.height = height
  }
}

/// An output sink that writes text to standard output and keeps images in memory.
public final class StandardOutput: OutputSink {
  /// The images displayed so far, in order.
  public private(set) var images: [DisplayImage] = []

  /// Creates a sink writing to standard output.
  public init() {}

  /// Writes text to standard output at once, so that progress is visible while a script runs.
  public func write(_ text: String) {
    print(text, terminator: "")
  }

  /// Keeps the image for the caller to save.
  public func display(_ image: DisplayImage) {
    images.append(image)
  }
}

/// An output sink that drops everything: for sessions whose output nobody reads, such as a
/// benchmark's or a fuzzer's.
public final class DiscardedOutput: OutputSink {
  /// Creates a sink that keeps nothing.
  public init() {}
  public func write(_ text: String) {}
  public func display(_ image: DisplayImage) {}
}
