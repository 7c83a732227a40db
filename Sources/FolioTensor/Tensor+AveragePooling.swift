/// Average pooling, which downsamples images by the mean of each window.
extension Tensor {
  /// The mean of each window (`torch.nn.functional.avg_pool2d` with its defaults): padding
  /// counts as zeros in the mean (`count_include_pad=True`), so every mean divides by kh·kw,
  /// and `stride` defaults to the kernel size.
  ///
  /// The windows are unfolded into columns and averaged, so both derivative modes come from
  /// `unfold` and `mean` rather than from rules of its own.
  public func avgPool2d(
    kernelSize: (Int, Int), stride: (Int, Int)? = nil, padding: (Int, Int) = (0, 0)
  ) throws -> Tensor {
    let (input, unbatched) = try batchedImages("avgPool2d")
    // PyTorch's limit, as for max pooling: no window may lie wholly in the padding.
    guard padding.0 <= kernelSize.0 / 2, padding.1 <= kernelSize.1 / 2 else {
      throw TensorError("avgPool2d: padding \(padding) must be at most half the kernel size \(kernelSize)")
    }
    let (n, c) = (input.shape[0], input.shape[1])
    let steps = stride ?? kernelSize
    let window = try Window("avgPool2d", plane: (input.shape[2], input.shape[3]), kernelSize, steps, padding)
    // [N, C·kh·kw, L] has each channel's kernel taps in consecutive rows.
    let columns = try input.unfold(kernelSize: kernelSize, stride: steps, padding: padding)
    let out = try columns.view([n, c, window.taps, window.blocks]).mean(dims: [2])
      .view([n, c, window.outHeight, window.outWidth])
    return unbatched ? try out.select(dim: 0, index: 0) : out
  }
}
