import FolioTensor
import XCTest

/// unfold, fold, conv2d and max pooling, checked against hand-worked cases and a naive
/// nested-loop convolution.
final class ConvolutionTests: XCTestCase {
  func testUnfoldLaysOutPatchesByChannelThenKernelRowThenKernelColumn() throws {
    let x = try Tensor.arange(0, 18).to(.float32).reshape([1, 2, 3, 3])
    let columns = try x.unfold(kernelSize: (2, 2))
    XCTAssertEqual(columns.shape, [1, 8, 4])
    // Channel 0 is [[0, 1, 2], [3, 4, 5], [6, 7, 8]]; each row is one kernel tap over the four
    // windows, and channel 1 repeats the pattern nine higher.
    let channel0: [Double] = [0, 1, 3, 4, 1, 2, 4, 5, 3, 4, 6, 7, 4, 5, 7, 8]
    XCTAssertEqual(columns.toArray(), channel0 + channel0.map { $0 + 9 })
  }

  func testUnfoldReadsPaddingAsZero() throws {
    let x = try Tensor(shape: [1, 2, 2], elements: [1, 2, 3, 4])
    let columns = try x.unfold(kernelSize: (2, 2), padding: (1, 1))
    XCTAssertEqual(columns.shape, [4, 9])
    // The top-left tap of the window at (oy, ox) reads pixel (oy - 1, ox - 1).
    XCTAssertEqual(try columns.select(dim: 0, index: 0).toArray(), [0, 0, 0, 0, 1, 2, 0, 3, 4])
    XCTAssertEqual(try columns.select(dim: 0, index: 3).toArray(), [1, 2, 0, 3, 4, 0, 0, 0, 0])
  }

  func testFoldIsTheAdjointOfUnfold() throws {
    let generator = Generator(seed: 1)
    let x = try Tensor.randn([2, 3, 5, 6], dtype: .float64, generator: generator)
    let (kernel, stride, padding) = ((3, 2), (2, 1), (1, 1))
    let columns = try x.unfold(kernelSize: kernel, stride: stride, padding: padding)
    let y = try Tensor.randn(columns.shape, dtype: .float64, generator: generator)
    let folded = try y.fold(outputSize: (5, 6), kernelSize: kernel, stride: stride, padding: padding)
    XCTAssertEqual(folded.shape, x.shape)
    XCTAssertEqual(try (columns * y).sum().item(), try (x * folded).sum().item(), accuracy: 1e-10)
  }

  func testFoldAddsUpOverlappingPatches() throws {
    let ones = try Tensor.ones([1, 1, 3, 3])
    let covered = try ones.unfold(kernelSize: (2, 2)).fold(outputSize: (3, 3), kernelSize: (2, 2))
    XCTAssertEqual(covered.toArray(), [1, 2, 1, 2, 4, 2, 1, 2, 1])
  }

  func testConvolutionMatchesADirectSlidingWindowSum() throws {
    for dtype in [DType.float32, .float64] {
      let generator = Generator(seed: 1)
      let x = try Tensor.randn([2, 3, 7, 6], dtype: dtype, generator: generator)
      let weight = try Tensor.randn([4, 3, 3, 2], dtype: dtype, generator: generator)
      let bias = try Tensor.randn([4], dtype: dtype, generator: generator)
      for (stride, padding) in [((1, 1), (0, 0)), ((2, 2), (1, 1)), ((2, 1), (1, 0))] {
        let result = try x.conv2d(weight: weight, bias: bias, stride: stride, padding: padding)
        let expected = try naiveConvolution(x, weight, bias, stride: stride, padding: padding)
        XCTAssertEqual(result.shape, expected.shape)
        XCTAssertEqual(result.dtype, dtype)
        for (value, want) in zip(result.toArray(), expected.toArray()) {
          XCTAssertEqual(value, want, accuracy: dtype == .float32 ? 1e-4 : 1e-12, "\(dtype) \(stride) \(padding)")
        }
      }
    }
  }

  func testConvolutionOfAnUnbatchedImageHasNoBatchDimension() throws {
    let generator = Generator(seed: 2)
    let x = try Tensor.randn([2, 5, 5], generator: generator)
    let weight = try Tensor.randn([3, 2, 3, 3], generator: generator)
    let result = try x.conv2d(weight: weight, padding: (1, 1))
    XCTAssertEqual(result.shape, [3, 5, 5])
    let batched = try x.unsqueeze(0).conv2d(weight: weight, padding: (1, 1))
    XCTAssertEqual(try result.elements(Float.self), try batched.select(dim: 0, index: 0).elements(Float.self))
  }

  func testMaxPoolFindsEachWindowsMaximumAndItsPositionInThePlane() throws {
    let x = try Tensor(shape: [1, 1, 4, 4], elements: [1, 3, 2, 0, 4, 2, 8, 1, 0, 9, 5, 5, 7, 1, 6, 2])
    let (values, indices) = try x.maxPool2d(kernelSize: (2, 2))
    XCTAssertEqual(values.shape, [1, 1, 2, 2])
    XCTAssertEqual(values.toArray(), [4, 8, 9, 6])
    XCTAssertEqual(indices.dtype, .int64)
    XCTAssertEqual(try indices.elements(Int64.self), [4, 6, 9, 14])
  }

  func testMaxPoolTreatsPaddingAsMinusInfinity() throws {
    // Every value is negative, so padding read as zero would win every window.
    let x = try Tensor(shape: [1, 3, 3], elements: [-1, -2, -3, -4, -5, -6, -7, -8, -9])
    let (values, indices) = try x.maxPool2d(kernelSize: (2, 2), padding: (1, 1))
    XCTAssertEqual(values.shape, [1, 2, 2])
    XCTAssertEqual(values.toArray(), [-1, -2, -4, -5])
    XCTAssertEqual(try indices.elements(Int64.self), [0, 1, 3, 4])
  }

  func testMaxPoolWithAStrideSmallerThanTheKernelOverlapsWindows() throws {
    let x = try Tensor(shape: [1, 1, 3, 3], values: [1.0, 5, 2, 0, 1, 3, 4, 0, 0])
    let (values, indices) = try x.maxPool2d(kernelSize: (2, 2), stride: (1, 1))
    XCTAssertEqual(values.dtype, .float64)
    XCTAssertEqual(values.toArray(), [5, 5, 4, 3])
    XCTAssertEqual(try indices.elements(Int64.self), [1, 1, 6, 5])
  }

  func testMaxUnpoolPutsEachMaximumBackWhereItCameFrom() throws {
    let x = try Tensor(shape: [1, 1, 4, 4], elements: [1, 3, 2, 0, 4, 2, 8, 1, 0, 9, 5, 5, 7, 1, 6, 2])
    let (values, indices) = try x.maxPool2d(kernelSize: (2, 2))
    let restored = try values.maxUnpool2d(indices: indices, outputSize: (4, 4))
    XCTAssertEqual(restored.shape, [1, 1, 4, 4])
    XCTAssertEqual(restored.toArray(), [0, 0, 0, 0, 4, 0, 8, 0, 0, 9, 0, 0, 0, 0, 6, 0])
  }

  func testMaxUnpoolAddsValuesFromOverlappingWindowsThatShareAPosition() throws {
    let x = try Tensor(shape: [1, 1, 3, 3], elements: [1, 5, 2, 0, 1, 3, 4, 0, 0])
    let (values, indices) = try x.maxPool2d(kernelSize: (2, 2), stride: (1, 1))
    let scattered = try values.maxUnpool2d(indices: indices, outputSize: (3, 3))
    XCTAssertEqual(scattered.toArray(), [0, 10, 0, 0, 0, 3, 4, 0, 0])
  }

  func testConvolutionErrorsNameTheShapesAndDtypes() throws {
    let x = try Tensor.zeros([1, 3, 4, 4])
    let weight = try Tensor.zeros([2, 3, 3, 3])
    assertThrows(
      try Tensor.zeros([3, 4]).conv2d(weight: weight),
      "conv2d: expected a 3-D [C, H, W] or 4-D [N, C, H, W] input, got shape [3, 4]")
    assertThrows(
      try Tensor.zeros([1, 2, 4, 4]).conv2d(weight: weight),
      "conv2d: weight of shape [2, 3, 3, 3] expects 3 input channels, but the input of shape [1, 2, 4, 4] has 2")
    assertThrows(
      try x.conv2d(weight: Tensor.zeros([2, 3, 5, 5])),
      "conv2d: kernel size (5, 5) is larger than the padded input (4, 4)")
    assertThrows(try x.conv2d(weight: weight, stride: (0, 1)), "conv2d: stride must be positive, got (0, 1)")
    assertThrows(
      try x.conv2d(weight: weight.to(.float64)), "conv2d: expected weight of dtype float32, got float64")
    assertThrows(
      try x.conv2d(weight: Tensor.zeros([2, 3])), "conv2d: expected a 4-D weight [O, C, kh, kw], got shape [2, 3]")
    assertThrows(
      try x.conv2d(weight: weight, bias: Tensor.zeros([3])), "conv2d: expected a bias of shape [2], got [3]")
    assertThrows(
      try x.to(.int64).conv2d(weight: weight), "conv2d: expected a float32 or float64 tensor, got int64")
  }

  func testUnfoldFoldAndPoolingErrorsNameTheirArguments() throws {
    let x = try Tensor.zeros([1, 1, 4, 4])
    assertThrows(try x.unfold(kernelSize: (0, 2)), "unfold: kernel size must be positive, got (0, 2)")
    assertThrows(try x.unfold(kernelSize: (2, 2), padding: (-1, 0)), "unfold: padding must be non-negative, got (-1, 0)")
    assertThrows(
      try Tensor.zeros([1, 4, 5]).fold(outputSize: (3, 3), kernelSize: (2, 2)),
      "fold: shape [1, 4, 5] has 5 blocks, but output size (3, 3), kernel size (2, 2), stride (1, 1) "
        + "and padding (0, 0) give 4")
    assertThrows(
      try Tensor.zeros([1, 3, 4]).fold(outputSize: (3, 3), kernelSize: (2, 2)),
      "fold: dimension 1 of shape [1, 3, 4] must be divisible by kh·kw = 4 for kernel size (2, 2)")
    assertThrows(
      try x.maxPool2d(kernelSize: (2, 2), padding: (2, 0)),
      "maxPool2d: padding (2, 0) must be at most half the kernel size (2, 2)")
    let (values, indices) = try x.maxPool2d(kernelSize: (2, 2))
    assertThrows(
      try values.maxUnpool2d(indices: indices, outputSize: (2, 2)),
      "maxUnpool2d: index 8 is out of bounds for an output plane of 2×2")
    assertThrows(
      try values.maxUnpool2d(indices: values, outputSize: (4, 4)), "maxUnpool2d: expected int64 indices, got float32")
  }

  /// The textbook seven-loop convolution, reading padding as zero.
  private func naiveConvolution(
    _ x: Tensor, _ weight: Tensor, _ bias: Tensor, stride: (Int, Int), padding: (Int, Int)
  ) throws -> Tensor {
    let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let (o, kh, kw) = (weight.shape[0], weight.shape[2], weight.shape[3])
    let outH = (h + 2 * padding.0 - kh) / stride.0 + 1
    let outW = (w + 2 * padding.1 - kw) / stride.1 + 1
    let (input, filters, offsets) = (x.toArray(), weight.toArray(), bias.toArray())
    var out = [Double](repeating: 0, count: n * o * outH * outW)
    for b in 0..<n {
      for f in 0..<o {
        for oy in 0..<outH {
          for ox in 0..<outW {
            var total = offsets[f]
            for ch in 0..<c {
              for ky in 0..<kh {
                for kx in 0..<kw {
                  let (iy, ix) = (oy * stride.0 - padding.0 + ky, ox * stride.1 - padding.1 + kx)
                  guard iy >= 0, iy < h, ix >= 0, ix < w else { continue }
                  total += input[((b * c + ch) * h + iy) * w + ix] * filters[((f * c + ch) * kh + ky) * kw + kx]
                }
              }
            }
            out[((b * o + f) * outH + oy) * outW + ox] = total
          }
        }
      }
    }
    return try Tensor(shape: [n, o, outH, outW], values: out)
  }

  private func assertThrows<T>(
    _ expression: @autoclosure () throws -> T, _ message: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertThrowsError(try expression(), file: file, line: line) { error in
      XCTAssertEqual((error as? TensorError)?.message, message, file: file, line: line)
    }
  }
}
