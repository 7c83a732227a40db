/// The transposed convolution, which upsamples images in decoders and generators.
extension Tensor {
  /// Spreads each pixel of the images over a kernel-sized patch of a larger output
  /// (`torch.nn.functional.conv_transpose2d`): images `[N, Cin, H, W]` and `weight`
  /// `[Cin, Cout, kh, kw]` give `[N, Cout, outH, outW]`, plus `bias` `[Cout]`, where
  /// outH = (H − 1)·stride − 2·padding + kh + outputPadding, and likewise outW.
  ///
  /// It is the adjoint of `conv2d` with the same weight, and is built that way: one matrix
  /// product gives every pixel's patch as a column, and `fold` adds the overlapping patches
  /// into the output, so both derivative modes come from `matmul` and `fold`.
  /// `outputPadding` picks among the output sizes that a strided `conv2d` maps to the same
  /// input size; like PyTorch, it must be smaller than the stride.
  public func convTranspose2d(
    weight: Tensor, bias: Tensor? = nil, stride: (Int, Int) = (1, 1), padding: (Int, Int) = (0, 0),
    outputPadding: (Int, Int) = (0, 0)
  ) throws -> Tensor {
    let (input, unbatched) = try batchedImages("convTranspose2d")
    guard weight.dtype == dtype else {
      throw TensorError("convTranspose2d: expected weight of dtype \(dtype), got \(weight.dtype)")
    }
    guard weight.rank == 4 else {
      throw TensorError("convTranspose2d: expected a 4-D weight [Cin, Cout, kh, kw], got shape \(weight.shape)")
    }
    let (batch, inChannels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
    guard weight.shape[0] == inChannels else {
      throw TensorError(
        "convTranspose2d: weight of shape \(weight.shape) expects \(weight.shape[0]) input channels, "
          + "but the input of shape \(shape) has \(inChannels)")
    }
    let outChannels = weight.shape[1]
    if let bias {
      guard bias.dtype == dtype else {
        throw TensorError("convTranspose2d: expected bias of dtype \(dtype), got \(bias.dtype)")
      }
      guard bias.shape == [outChannels] else {
        throw TensorError("convTranspose2d: expected a bias of shape [\(outChannels)], got \(bias.shape)")
      }
    }
    guard stride.0 > 0, stride.1 > 0 else { throw TensorError("convTranspose2d: stride must be positive, got \(stride)") }
    guard padding.0 >= 0, padding.1 >= 0 else {
      throw TensorError("convTranspose2d: padding must be non-negative, got \(padding)")
    }
    guard (0..<stride.0).contains(outputPadding.0), (0..<stride.1).contains(outputPadding.1) else {
      throw TensorError(
        "convTranspose2d: output padding \(outputPadding) must be non-negative and smaller than the stride \(stride)")
    }
    let kernel = (weight.shape[2], weight.shape[3])
    let size = (
      (height - 1) * stride.0 - 2 * padding.0 + kernel.0 + outputPadding.0,
      (width - 1) * stride.1 - 2 * padding.1 + kernel.1 + outputPadding.1
    )
    guard size.0 > 0, size.1 > 0 else {
      throw TensorError(
        "convTranspose2d: an input of \(height)×\(width) with kernel size \(kernel), stride \(stride) and "
          + "padding \(padding) gives an empty output of \(size.0)×\(size.1); use less padding")
    }
    // [Cout·kh·kw, Cin]·[N, Cin, H·W] broadcasts the weight over the batch; column p of
    // image n is the patch pixel p spreads, rows ordered as `fold` reads them.
    let patches = try weight.reshape([inChannels, -1]).transpose(0, 1)
      .matmul(input.reshape([batch, inChannels, height * width]))
    // With outputPadding < stride the output's windows number exactly H·W, one per pixel.
    var out = try patches.fold(outputSize: size, kernelSize: kernel, stride: stride, padding: padding)
    if let bias { out = try out + bias.view([outChannels, 1, 1]) }
    return unbatched ? try out.select(dim: 0, index: 0) : out
  }
}
