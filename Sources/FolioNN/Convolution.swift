import FolioTensor

/// A 2-D convolution (`nn.Conv2d`): `[N, in, H, W]` images cross-correlated with `out` learned
/// `in×k×k` filters, plus a learned bias per output channel.
///
/// The weight is `[out, in, k, k]`. PyTorch's default initialisation draws weight and bias
/// uniformly from ±1/√(in·k·k): kaiming_uniform with a = √5 reduces to that bound, as for Linear.
public final class Conv2d: Module, WeightedLayer {
  public let weight: Tensor
  public let bias: Tensor?
  public let inChannels, outChannels, kernelSize, stride, padding: Int

  public init(
    _ inChannels: Int, _ outChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0, bias: Bool = true,
    generator: Generator = .global
  ) throws {
    try checkConvolution("Conv2d", inChannels, outChannels, kernelSize, stride, padding)
    (self.inChannels, self.outChannels, self.kernelSize, self.stride, self.padding) =
      (inChannels, outChannels, kernelSize, stride, padding)
    let bound = 1 / Double(inChannels * kernelSize * kernelSize).squareRoot()
    (weight, self.bias) = try initialParameters(
      [outChannels, inChannels, kernelSize, kernelSize], outputs: outChannels, bias: bias, bound: bound, generator: generator)
  }

  public override func callAsFunction(_ input: Tensor) throws -> Tensor {
    let name = "Conv2d(\(inChannels), \(outChannels), kernel_size=(\(kernelSize), \(kernelSize)))"
    try checkImages(input, channels: inChannels, layer: name)
    return try naming(name) {
      try input.conv2d(weight: weight, bias: bias, stride: (stride, stride), padding: (padding, padding))
    }
  }

  public override var ownParameters: [(name: String, tensor: Tensor)] { weightAndBias }

  public override var summary: String {
    "Conv2d(\(inChannels), \(outChannels), kernel_size=(\(kernelSize), \(kernelSize)), stride=(\(stride), \(stride))"
      + (padding != 0 ? ", padding=(\(padding), \(padding))" : "") + (bias == nil ? ", bias=False" : "") + ")"
  }
}

/// A 2-D transposed convolution (`nn.ConvTranspose2d`), which upsamples: each input pixel
/// spreads a learned `out×k×k` patch over the output, `stride` pixels apart.
///
/// The weight is `[in, out, k, k]`, the layout of the Conv2d whose adjoint this is. PyTorch
/// computes the initialisation's fan-in from that layout's second dimension, so weight and
/// bias are drawn from ±1/√(out·k·k). The output is (H − 1)·stride − 2·padding + k +
/// outputPadding high, and likewise wide.
public final class ConvTranspose2d: Module, WeightedLayer {
  public let weight: Tensor
  public let bias: Tensor?
  public let inChannels, outChannels, kernelSize, stride, padding, outputPadding: Int

  public init(
    _ inChannels: Int, _ outChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0, outputPadding: Int = 0,
    bias: Bool = true, generator: Generator = .global
  ) throws {
    try checkConvolution("ConvTranspose2d", inChannels, outChannels, kernelSize, stride, padding)
    guard outputPadding >= 0, outputPadding < stride else {
      throw TensorError("ConvTranspose2d: output padding must be non-negative and smaller than the stride \(stride), got \(outputPadding)")
    }
    (self.inChannels, self.outChannels, self.kernelSize, self.stride, self.padding, self.outputPadding) =
      (inChannels, outChannels, kernelSize, stride, padding, outputPadding)
    let bound = 1 / Double(outChannels * kernelSize * kernelSize).squareRoot()
    (weight, self.bias) = try initialParameters(
      [inChannels, outChannels, kernelSize, kernelSize], outputs: outChannels, bias: bias, bound: bound, generator: generator)
  }

  public override func callAsFunction(_ input: Tensor) throws -> Tensor {
    let name = "ConvTranspose2d(\(inChannels), \(outChannels), kernel_size=(\(kernelSize), \(kernelSize)))"
    try checkImages(input, channels: inChannels, layer: name)
    return try naming(name) {
      try input.convTranspose2d(
        weight: weight, bias: bias, stride: (stride, stride), padding: (padding, padding),
        outputPadding: (outputPadding, outputPadding))
    }
  }

  public override var ownParameters: [(name: String, tensor: Tensor)] { weightAndBias }

  public override var summary: String {
    "ConvTranspose2d(\(inChannels), \(outChannels), kernel_size=(\(kernelSize), \(kernelSize)), stride=(\(stride), \(stride))"
      + (padding != 0 ? ", padding=(\(padding), \(padding))" : "")
      + (outputPadding != 0 ? ", output_padding=(\(outputPadding), \(outputPadding))" : "")
      + (bias == nil ? ", bias=False" : "") + ")"
  }
}

/// Checks a convolution layer's settings, naming the layer.
private func checkConvolution(_ layer: String, _ inChannels: Int, _ outChannels: Int, _ kernel: Int, _ stride: Int, _ padding: Int) throws {
  guard inChannels > 0, outChannels > 0 else {
    throw TensorError("\(layer): in and out channels must be positive, got \(inChannels) and \(outChannels)")
  }
  guard kernel > 0, stride > 0 else {
    throw TensorError("\(layer): kernel size and stride must be positive, got \(kernel) and \(stride)")
  }
  guard padding >= 0 else { throw TensorError("\(layer): padding must be non-negative, got \(padding)") }
}

/// Checks that `input` is a batch `[N, C, H, W]` or one image `[C, H, W]`, with `channels`
/// channels when given, naming `layer` and both shapes otherwise.
func checkImages(_ input: Tensor, channels: Int?, layer: String) throws {
  let found = input.rank == 4 ? input.shape[1] : input.rank == 3 ? input.shape[0] : nil
  guard let found, channels == nil || found == channels else {
    throw TensorError("\(layer): expected input [N, \(channels.map(String.init) ?? "C"), H, W], got \(input.shape)")
  }
}

/// Runs a layer's engine call, prefixing its errors with the layer, so a cell's message says
/// which layer of a model failed.
func naming<T>(_ layer: String, _ body: () throws -> T) throws -> T {
  do { return try body() } catch let error as TensorError { throw TensorError("\(layer): \(error.message)") }
}
