import FolioTensor

/// Zeroes each element with probability `p` while training (`nn.Dropout`), and scales the
/// kept ones by 1/(1 − p) so each element's expected value is unchanged; in `eval()` mode it
/// passes its input through.
///
/// The mask is drawn from `generator`, the global one unless given, so `setSeed` makes a
/// training run repeatable.
public final class Dropout: Module {
  /// The probability of zeroing an element, in [0, 1).
  public let p: Double
  private let generator: Generator

  public init(p: Double = 0.5, generator: Generator = .global) throws {
    // p = 1 would zero everything and divide by zero in the scale.
    guard p >= 0, p < 1 else { throw TensorError("Dropout: p must be at least 0 and less than 1, got \(p)") }
    self.p = p
    self.generator = generator
  }

  public override func callAsFunction(_ input: Tensor) throws -> Tensor {
    guard isTraining, p > 0 else { return input }
    guard input.dtype.isFloatingPoint else {
      throw TensorError("\(summary): expected a float32 or float64 input, got \(input.dtype)")
    }
    // A uniform draw is at least p with probability 1 − p. The mask carries the scale, so the
    // recorded product sends gradients only through the kept elements.
    let kept = try Tensor.rand(input.shape, dtype: input.dtype, generator: generator) >= p
    return try input * (kept.to(input.dtype) * (1 / (1 - p)))
  }

  public override var summary: String { "Dropout(p=\(p), inplace=False)" }
}
