/// A precondition of a tensor operation that the caller's data violated.
///
/// Every check a script can fail throws this instead of trapping, so a bad shape in a cell
/// becomes a message under the cell rather than a crash of the runner.
public struct TensorError: Error, CustomStringConvertible, Equatable {
  /// What went wrong, naming the operation and the shapes or values involved.
  public let message: String

  /// Creates an error with a message.
  public init(_ message: String) { self.message = message }

  /// The message.
  public var description: String { message }

  static func shapeMismatch(_ operation: String, _ a: [Int], _ b: [Int]) -> TensorError {
    TensorError("\(operation): shapes \(a) and \(b) are not compatible")
  }
}
