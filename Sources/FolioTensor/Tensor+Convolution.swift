/// Sliding-window operations on image batches `[N, C, H, W]`: im2col (`unfold`) and its adjoint
/// (`fold`), convolution as im2col plus one matrix product, and max pooling with the indices
/// that let `maxUnpool2d` send values back. A 3-D `[C, H, W]` input is a batch of one, and the
/// result then has no batch dimension either, as in PyTorch.
extension Tensor {
  /// Extracts every sliding `kernelSize` patch as a column (`torch.nn.functional.unfold`):
  /// `[N, C, H, W]` gives `[N, C·kh·kw, L]` with L = outH·outW, rows ordered by channel, then
  /// kernel row, then kernel column; padding reads as zero.
  public func unfold(
    kernelSize: (Int, Int), stride: (Int, Int) = (1, 1), padding: (Int, Int) = (0, 0)
  ) throws -> Tensor {
    try Autodiff.record(.unfold(kernel: kernelSize, stride: stride, padding: padding), [self]) {
      try columns(kernelSize, stride, padding)
    }
  }

  private func columns(_ kernelSize: (Int, Int), _ stride: (Int, Int), _ padding: (Int, Int)) throws -> Tensor {
    let (input, unbatched) = try batchedImages("unfold")
    let (n, c) = (input.shape[0], input.shape[1])
    let window = try Window("unfold", plane: (input.shape[2], input.shape[3]), kernelSize, stride, padding)
    let out = Tensor(empty: [n, c * window.taps, window.blocks], dtype: dtype, zeroed: true)
    if dtype == .float32 { window.unfold(input, into: out, Float.self) } else { window.unfold(input, into: out, Double.self) }
    return unbatched ? try out.select(dim: 0, index: 0) : out
  }

  /// Sums columns of patches back into images (`torch.nn.functional.fold`): the adjoint of
  /// `unfold`, so overlapping patches add up. `[N, C·kh·kw, L]` gives `[N, C, outputSize]`.
  public func fold(
    outputSize: (Int, Int), kernelSize: (Int, Int), stride: (Int, Int) = (1, 1), padding: (Int, Int) = (0, 0)
  ) throws -> Tensor {
    try Autodiff.record(.fold(size: outputSize, kernel: kernelSize, stride: stride, padding: padding), [self]) {
      try images(outputSize, kernelSize, stride, padding)
    }
  }

  private func images(
    _ outputSize: (Int, Int), _ kernelSize: (Int, Int), _ stride: (Int, Int), _ padding: (Int, Int)
  ) throws -> Tensor {
    guard dtype.isFloatingPoint else { throw TensorError("fold: expected a float32 or float64 tensor, got \(dtype)") }
    guard rank == 2 || rank == 3 else {
      throw TensorError("fold: expected a 2-D [C·kh·kw, L] or 3-D [N, C·kh·kw, L] input, got shape \(shape)")
    }
    let columns = rank == 2 ? try contiguous().unsqueeze(0) : contiguous()
    let window = try Window("fold", plane: outputSize, kernelSize, stride, padding)
    let (n, rows, blocks) = (columns.shape[0], columns.shape[1], columns.shape[2])
    guard rows % window.taps == 0 else {
      throw TensorError(
        "fold: dimension 1 of shape \(shape) must be divisible by kh·kw = \(window.taps) for kernel size \(kernelSize)")
    }
    guard blocks == window.blocks else {
      throw TensorError(
        "fold: shape \(shape) has \(blocks) blocks, but output size \(outputSize), kernel size \(kernelSize), "
          + "stride \(stride) and padding \(padding) give \(window.blocks)")
    }
    let c = rows / window.taps
    let out = Tensor(empty: [n, c, outputSize.0, outputSize.1], dtype: dtype, zeroed: true)
    if dtype == .float32 { window.fold(columns, into: out, Float.self) } else { window.fold(columns, into: out, Double.self) }
    return rank == 2 ? try out.select(dim: 0, index: 0) : out
  }

  /// Cross-correlates the images with `weight` `[O, C, kh, kw]` and adds `bias` `[O]`
  /// (`torch.nn.functional.conv2d`), giving `[N, O, outH, outW]`.
  ///
  /// The patches are unfolded once and multiplied by the weight as an `[O, C·kh·kw]` matrix,
  /// one GEMM per image, so the inner loop is BLAS rather than a sliding window.
  public func conv2d(
    weight: Tensor, bias: Tensor? = nil, stride: (Int, Int) = (1, 1), padding: (Int, Int) = (0, 0)
  ) throws -> Tensor {
    let (input, unbatched) = try batchedImages("conv2d")
    guard weight.dtype == dtype else {
      throw TensorError("conv2d: expected weight of dtype \(dtype), got \(weight.dtype)")
    }
    guard weight.rank == 4 else {
      throw TensorError("conv2d: expected a 4-D weight [O, C, kh, kw], got shape \(weight.shape)")
    }
    guard weight.shape[1] == input.shape[1] else {
      throw TensorError(
        "conv2d: weight of shape \(weight.shape) expects \(weight.shape[1]) input channels, "
          + "but the input of shape \(shape) has \(input.shape[1])")
    }
    let outChannels = weight.shape[0]
    if let bias {
      guard bias.dtype == dtype else { throw TensorError("conv2d: expected bias of dtype \(dtype), got \(bias.dtype)") }
      guard bias.shape == [outChannels] else {
        throw TensorError("conv2d: expected a bias of shape [\(outChannels)], got \(bias.shape)")
      }
    }
    let kernel = (weight.shape[2], weight.shape[3])
    let window = try Window("conv2d", plane: (input.shape[2], input.shape[3]), kernel, stride, padding)
    let columns = try input.unfold(kernelSize: kernel, stride: stride, padding: padding)
    // [O, K]·[N, K, L] broadcasts the weight over the batch: [N, O, L].
    var out = try weight.reshape([outChannels, -1]).matmul(columns)
    out = try out.view([input.shape[0], outChannels, window.outHeight, window.outWidth])
    if let bias { out = try out + bias.view([outChannels, 1, 1]) }
    return unbatched ? try out.select(dim: 0, index: 0) : out
  }

  /// The largest value in each window and its flat position within its `H·W` plane
  /// (`torch.nn.functional.max_pool2d` with `return_indices=True`); padding counts as -∞
  /// and `stride` defaults to the kernel size.
  public func maxPool2d(
    kernelSize: (Int, Int), stride: (Int, Int)? = nil, padding: (Int, Int) = (0, 0)
  ) throws -> (values: Tensor, indices: Tensor) {
    let (values, indices) = try Autodiff.untracked { try pooled(kernelSize, stride, padding) }
    return (try Autodiff.record(.maxPool(indices: indices), [self]) { values }, indices)
  }

  private func pooled(
    _ kernelSize: (Int, Int), _ stride: (Int, Int)?, _ padding: (Int, Int)
  ) throws -> (values: Tensor, indices: Tensor) {
    let (input, unbatched) = try batchedImages("maxPool2d")
    // PyTorch's limit: every window then overlaps the image, so it has a maximum to report.
    guard padding.0 <= kernelSize.0 / 2, padding.1 <= kernelSize.1 / 2 else {
      throw TensorError("maxPool2d: padding \(padding) must be at most half the kernel size \(kernelSize)")
    }
    let (n, c) = (input.shape[0], input.shape[1])
    let window = try Window("maxPool2d", plane: (input.shape[2], input.shape[3]), kernelSize, stride ?? kernelSize, padding)
    let pooledShape = [n, c, window.outHeight, window.outWidth]
    let values = Tensor(empty: pooledShape, dtype: dtype)
    let indices = Tensor(empty: pooledShape, dtype: .int64)
    if dtype == .float32 {
      window.maxPool(input, into: values, indices, Float.self)
    } else {
      window.maxPool(input, into: values, indices, Double.self)
    }
    if unbatched { return (try values.select(dim: 0, index: 0), try indices.select(dim: 0, index: 0)) }
    return (values, indices)
  }

  /// Scatters these pooled values into zero planes of `outputSize` at `indices`, the flat
  /// positions `maxPool2d` returned (`torch.nn.functional.max_unpool2d`).
  ///
  /// Values landing on the same position are added, where PyTorch keeps one of them: with
  /// overlapping windows that makes this the true adjoint of `maxPool2d`'s selection, which is
  /// what a gradient needs; without overlap the two agree.
  public func maxUnpool2d(indices: Tensor, outputSize: (Int, Int)) throws -> Tensor {
    try Autodiff.record(.maxUnpool(indices: indices, size: outputSize), [self]) { try unpooled(indices, outputSize) }
  }

  private func unpooled(_ indices: Tensor, _ outputSize: (Int, Int)) throws -> Tensor {
    let (input, unbatched) = try batchedImages("maxUnpool2d")
    guard indices.dtype == .int64 else { throw TensorError("maxUnpool2d: expected int64 indices, got \(indices.dtype)") }
    guard indices.shape == shape else {
      throw TensorError("maxUnpool2d: indices of shape \(indices.shape) do not match the values' shape \(shape)")
    }
    guard outputSize.0 >= 0, outputSize.1 >= 0 else {
      throw TensorError("maxUnpool2d: output size \(outputSize) must be non-negative")
    }
    let (n, c) = (input.shape[0], input.shape[1])
    let (plane, pooled) = (outputSize.0 * outputSize.1, input.shape[2] * input.shape[3])
    let positions = try indices.elements(Int64.self)
    if let bad = positions.first(where: { $0 < 0 || $0 >= plane }) {
      throw TensorError(
        "maxUnpool2d: index \(bad) is out of bounds for an output plane of \(outputSize.0)×\(outputSize.1)")
    }
    let out = Tensor(empty: [n, c, outputSize.0, outputSize.1], dtype: dtype, zeroed: true)
    func scatter<T: FloatElement>(_: T.Type) {
      let (source, target) = (input.pointer(T.self), out.pointer(T.self))
      for i in positions.indices { target[i / pooled * plane + Int(positions[i])] += source[i] }
    }
    if dtype == .float32 { scatter(Float.self) } else { scatter(Double.self) }
    return unbatched ? try out.select(dim: 0, index: 0) : out
  }

  /// This tensor as a contiguous float `[N, C, H, W]` batch, and whether it came without the
  /// batch dimension.
  func batchedImages(_ operation: String) throws -> (Tensor, unbatched: Bool) {
    guard dtype.isFloatingPoint else {
      throw TensorError("\(operation): expected a float32 or float64 tensor, got \(dtype)")
    }
    switch rank {
    case 4: return (contiguous(), false)
    case 3: return (try contiguous().unsqueeze(0), true)
    default: throw TensorError("\(operation): expected a 3-D [C, H, W] or 4-D [N, C, H, W] input, got shape \(shape)")
    }
  }
}

/// Where a sliding window visits one `H·W` plane: the kernel, its steps and the padding, checked.
struct Window {
  let height, width, kernelHeight, kernelWidth, strideY, strideX, padY, padX, outHeight, outWidth: Int
  /// Positions in the kernel.
  var taps: Int { kernelHeight * kernelWidth }
  /// Positions of the window over the plane.
  var blocks: Int { outHeight * outWidth }

  init(_ operation: String, plane: (Int, Int), _ kernel: (Int, Int), _ stride: (Int, Int), _ padding: (Int, Int)) throws {
    guard kernel.0 > 0, kernel.1 > 0 else { throw TensorError("\(operation): kernel size must be positive, got \(kernel)") }
    guard stride.0 > 0, stride.1 > 0 else { throw TensorError("\(operation): stride must be positive, got \(stride)") }
    guard padding.0 >= 0, padding.1 >= 0 else {
      throw TensorError("\(operation): padding must be non-negative, got \(padding)")
    }
    let padded = (plane.0 + 2 * padding.0, plane.1 + 2 * padding.1)
    guard plane.0 >= 0, plane.1 >= 0, kernel.0 <= padded.0, kernel.1 <= padded.1 else {
      throw TensorError("\(operation): kernel size \(kernel) is larger than the padded input \(padded)")
    }
    (height, width, kernelHeight, kernelWidth) = (plane.0, plane.1, kernel.0, kernel.1)
    (strideY, strideX, padY, padX) = (stride.0, stride.1, padding.0, padding.1)
    (outHeight, outWidth) = ((padded.0 - kernel.0) / stride.0 + 1, (padded.1 - kernel.1) / stride.1 + 1)
  }

  /// Calls `body(column, pixel)` for each kernel tap of each window that falls inside the
  /// plane: `column` indexes a `[taps, blocks]` slab and `pixel` the `H·W` plane. Unfold
  /// copies pixel to column and fold adds column to pixel, so one walk makes them adjoint.
  @inline(__always)
  private func forEachTap(_ body: (_ column: Int, _ pixel: Int) -> Void) {
    for ky in 0..<kernelHeight {
      for kx in 0..<kernelWidth {
        let row = (ky * kernelWidth + kx) * blocks
        for oy in 0..<outHeight {
          let y = oy * strideY - padY + ky
          guard y >= 0 && y < height else { continue }
          for ox in 0..<outWidth {
            let x = ox * strideX - padX + kx
            if x >= 0 && x < width { body(row + oy * outWidth + ox, y * width + x) }
          }
        }
      }
    }
  }

  /// im2col from contiguous `[N, C, H, W]` images into zeroed `[N, C·taps, blocks]` columns.
  func unfold<T: FloatElement>(_ images: Tensor, into columns: Tensor, _: T.Type) {
    let (image, column) = (images.pointer(T.self), columns.pointer(T.self))
    for p in 0..<(images.shape[0] * images.shape[1]) {
      let (source, target) = (image + p * height * width, column + p * taps * blocks)
      forEachTap { column, pixel in target[column] = source[pixel] }
    }
  }

  /// col2im from contiguous `[N, C·taps, blocks]` columns, adding into zeroed `[N, C, H, W]` images.
  func fold<T: FloatElement>(_ columns: Tensor, into images: Tensor, _: T.Type) {
    let (column, image) = (columns.pointer(T.self), images.pointer(T.self))
    for p in 0..<(images.shape[0] * images.shape[1]) {
      let (source, target) = (column + p * taps * blocks, image + p * height * width)
      forEachTap { column, pixel in target[pixel] += source[column] }
    }
  }

  /// Each window's maximum and its position in the plane. NaN wins, as in PyTorch, so it
  /// propagates; ties keep the first position in row-major order.
  func maxPool<T: FloatElement>(_ images: Tensor, into maxima: Tensor, _ positions: Tensor, _: T.Type) {
    let (image, values, indices) = (images.pointer(T.self), maxima.pointer(T.self), positions.pointer(Int64.self))
    for p in 0..<(images.shape[0] * images.shape[1]) {
      let source = image + p * height * width
      for oy in 0..<outHeight {
        let rows = Swift.max(oy * strideY - padY, 0)..<Swift.min(oy * strideY - padY + kernelHeight, height)
        for ox in 0..<outWidth {
          let columns = Swift.max(ox * strideX - padX, 0)..<Swift.min(ox * strideX - padX + kernelWidth, width)
          var (best, bestIndex) = (-T.infinity, rows.lowerBound * width + columns.lowerBound)
          for y in rows {
            for x in columns where source[y * width + x] > best || source[y * width + x].isNaN {
              (best, bestIndex) = (source[y * width + x], y * width + x)
              if best.isNaN { break }
            }
            if best.isNaN { break }
          }
          let out = p * blocks + oy * outWidth + ox
          (values[out], indices[out]) = (best, Int64(bestIndex))
        }
      }
    }
  }
}
