/// An error raised by FolioPlot, carrying a message written for the notebook user.
///
/// Every invalid input to the plotting API ends up here instead of trapping, so a
/// bad argument in a notebook cell produces a readable error rather than killing
/// the kernel.
public struct PlotError: Error, CustomStringConvertible, Equatable {
  /// A sentence saying what was wrong and, where possible, how to fix it.
  public let message: String

  /// Creates an error with the given user-facing message.
  public init(_ message: String) {
    self.message = message
  }

  /// The message, so that printing the error shows it verbatim.
  public var description: String { message }
}
