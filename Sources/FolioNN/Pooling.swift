import FolioTensor

/// The largest value of each `k×k` window (`nn.MaxPool2d`); `stride` defaults to the kernel
/// size, so windows tile the image, and padding counts as −∞.
public final class MaxPool2d: Module {
  public let kernelSize, stride, padding: Int

  public init(_ kernelSize: Int, stride: Int? = nil, padding: Int = 0) throws {
    (self.kernelSize, self.stride, self.padding) = try checkPooling("MaxPool2d", kernelSize, stride, padding)
  }

  public override func callAsFunction(_ input: Tensor) throws -> Tensor {
    try checkImages(input, channels: nil, layer: summary)
    return try naming(summary) {
      try input.maxPool2d(kernelSize: (kernelSize, kernelSize), stride: (stride, stride), padding: (padding, padding)).values
    }
  }

  public override var summary: String {
    "MaxPool2d(kernel_size=\(kernelSize), stride=\(stride), padding=\(padding), dilation=1, ceil_mode=False)"
  }
}

/// The mean of each `k×k` window (`nn.AvgPool2d`); `stride` defaults to the kernel size, and
/// padding counts as zeros in the mean, as PyTorch's default `count_include_pad=True` does.
public final class AvgPool2d: Module {
  public let kernelSize, stride, padding: Int

  public init(_ kernelSize: Int, stride: Int? = nil, padding: Int = 0) throws {
    (self.kernelSize, self.stride, self.padding) = try checkPooling("AvgPool2d", kernelSize, stride, padding)
  }

  public override func callAsFunction(_ input: Tensor) throws -> Tensor {
    try checkImages(input, channels: nil, layer: summary)
    return try naming(summary) {
      try input.avgPool2d(kernelSize: (kernelSize, kernelSize), stride: (stride, stride), padding: (padding, padding))
    }
  }

  public override var summary: String { "AvgPool2d(kernel_size=\(kernelSize), stride=\(stride), padding=\(padding))" }
}

/// A pooling layer's settings, checked, with the stride defaulted to the kernel size.
private func checkPooling(_ layer: String, _ kernel: Int, _ stride: Int?, _ padding: Int) throws -> (Int, Int, Int) {
  let stride = stride ?? kernel
  guard kernel > 0, stride > 0 else {
    throw TensorError("\(layer): kernel size and stride must be positive, got \(kernel) and \(stride)")
  }
  // PyTorch's limit: then no window lies wholly in the padding.
  guard padding >= 0, padding <= kernel / 2 else {
    throw TensorError("\(layer): padding must be between 0 and half the kernel size \(kernel), got \(padding)")
  }
  return (kernel, stride, padding)
}
