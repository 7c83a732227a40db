import FolioTensor
import XCTest

/// convTranspose2d and avgPool2d, checked against direct loops, against conv2d through the
/// adjoint identity, and for derivatives three ways.
final class TransposedConvolutionTests: XCTestCase {
  private let check = DerivativeCheck()

  func testTransposedConvolutionMatchesADirectScatterOfEachPixel() throws {
    for dtype in [DType.float32, .float64] {
      let generator = Generator(seed: 3)
      let x = try Tensor.randn([2, 3, 4, 5], dtype: dtype, generator: generator)
      let weight = try Tensor.randn([3, 2, 3, 2], dtype: dtype, generator: generator)
      let bias = try Tensor.randn([2], dtype: dtype, generator: generator)
      for (stride, padding, outputPadding) in [((1, 1), (0, 0), (0, 0)), ((2, 2), (1, 1), (1, 0)), ((2, 1), (1, 0), (1, 0))] {
        let result = try x.convTranspose2d(
          weight: weight, bias: bias, stride: stride, padding: padding, outputPadding: outputPadding)
        let expected = try naiveTransposedConvolution(x, weight, bias, stride, padding, outputPadding)
        XCTAssertEqual(result.shape, expected.shape, "\(stride) \(padding) \(outputPadding)")
        XCTAssertEqual(result.dtype, dtype)
        for (value, want) in zip(result.toArray(), expected.toArray()) {
          XCTAssertEqual(value, want, accuracy: dtype == .float32 ? 1e-4 : 1e-12, "\(dtype) \(stride) \(padding)")
        }
      }
    }
  }

  func testTransposedConvolutionIsTheAdjointOfConvolution() throws {
    let generator = Generator(seed: 4)
    let x = try Tensor.randn([2, 3, 8, 6], dtype: .float64, generator: generator)
    let weight = try Tensor.randn([4, 3, 3, 2], dtype: .float64, generator: generator)
    let (stride, padding) = ((2, 2), (1, 1))
    let convolved = try x.conv2d(weight: weight, stride: stride, padding: padding)
    let y = try Tensor.randn(convolved.shape, dtype: .float64, generator: generator)
    // A stride-2 convolution maps heights 7 and 8 both to 4; output padding picks 8.
    let transposed = try y.convTranspose2d(weight: weight, stride: stride, padding: padding, outputPadding: (1, 0))
    XCTAssertEqual(transposed.shape, x.shape)
    XCTAssertEqual(try (convolved * y).sum().item(), try (x * transposed).sum().item(), accuracy: 1e-10)
  }

  func testTransposedConvolutionOfAnUnbatchedImageHasNoBatchDimension() throws {
    let x = try Tensor.randn([2, 3, 3], generator: Generator(seed: 5))
    let result = try x.convTranspose2d(weight: Tensor.ones([2, 4, 2, 2]), stride: (2, 2))
    XCTAssertEqual(result.shape, [4, 6, 6])
  }

  func testAveragePoolingMatchesADirectMeanCountingPaddingAsZero() throws {
    let x = try Tensor.randn([2, 3, 5, 6], dtype: .float64, generator: Generator(seed: 6))
    for (kernel, stride, padding) in [((2, 2), (2, 2), (0, 0)), ((3, 2), (2, 1), (1, 1)), ((3, 3), (1, 1), (1, 0))] {
      let result = try x.avgPool2d(kernelSize: kernel, stride: stride, padding: padding)
      let expected = try naiveAveragePooling(x, kernel, stride, padding)
      XCTAssertEqual(result.shape, expected.shape, "\(kernel) \(stride) \(padding)")
      for (value, want) in zip(result.toArray(), expected.toArray()) { XCTAssertEqual(value, want, accuracy: 1e-12) }
    }
    let corner = try Tensor.ones([1, 2, 2]).avgPool2d(kernelSize: (2, 2), stride: (1, 1), padding: (1, 1))
    XCTAssertEqual(corner.toArray(), [0.25, 0.5, 0.25, 0.5, 1, 0.5, 0.25, 0.5, 0.25])
  }

  func testTransposedConvolutionAndAveragePoolingDifferentiateInBothModes() throws {
    let generator = Generator(seed: 7)
    let images = try Tensor.randn([2, 3, 4, 4], dtype: .float64, generator: generator)
    let weight = try Tensor.randn([3, 2, 3, 3], dtype: .float64, generator: generator)
    let bias = try Tensor.randn([2], dtype: .float64, generator: generator)
    try check.first("convTranspose2d", at: [images, weight, bias]) {
      try $0[0].convTranspose2d(weight: $0[1], bias: $0[2], stride: (2, 2), padding: (1, 1), outputPadding: (1, 1))
    }
    try check.first("avgPool2d", at: [images]) { try $0[0].avgPool2d(kernelSize: (3, 3), stride: (2, 2), padding: (1, 1)) }
    try check.second("convTranspose2d", at: [images, weight]) {
      try $0[0].convTranspose2d(weight: $0[1], stride: (2, 2)).pow(2).sum()
    }
  }

  func testTransposedConvolutionAndAveragePoolingErrorsNameTheirArguments() throws {
    let x = try Tensor.zeros([1, 3, 4, 4])
    let weight = try Tensor.zeros([3, 2, 3, 3])
    assertThrows(
      try Tensor.zeros([1, 2, 4, 4]).convTranspose2d(weight: weight),
      "convTranspose2d: weight of shape [3, 2, 3, 3] expects 3 input channels, but the input of shape [1, 2, 4, 4] has 2")
    assertThrows(
      try x.convTranspose2d(weight: weight, stride: (2, 2), outputPadding: (2, 0)),
      "convTranspose2d: output padding (2, 0) must be non-negative and smaller than the stride (2, 2)")
    assertThrows(
      try Tensor.zeros([1, 3, 1, 1]).convTranspose2d(weight: weight, padding: (2, 2)),
      "convTranspose2d: an input of 1×1 with kernel size (3, 3), stride (1, 1) and padding (2, 2) gives an empty "
        + "output of -1×-1; use less padding")
    assertThrows(
      try x.convTranspose2d(weight: weight, bias: Tensor.zeros([3])), "convTranspose2d: expected a bias of shape [2], got [3]")
    assertThrows(
      try x.avgPool2d(kernelSize: (2, 2), padding: (2, 0)),
      "avgPool2d: padding (2, 0) must be at most half the kernel size (2, 2)")
    assertThrows(try x.avgPool2d(kernelSize: (5, 5)), "avgPool2d: kernel size (5, 5) is larger than the padded input (4, 4)")
  }

  /// Each input pixel adds its weighted kernel into the output, at stride steps, less the padding.
  private func naiveTransposedConvolution(
    _ x: Tensor, _ weight: Tensor, _ bias: Tensor, _ stride: (Int, Int), _ padding: (Int, Int), _ extra: (Int, Int)
  ) throws -> Tensor {
    let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let (o, kh, kw) = (weight.shape[1], weight.shape[2], weight.shape[3])
    let outH = (h - 1) * stride.0 - 2 * padding.0 + kh + extra.0
    let outW = (w - 1) * stride.1 - 2 * padding.1 + kw + extra.1
    let (input, filters, offsets) = (x.toArray(), weight.toArray(), bias.toArray())
    var out = [Double](repeating: 0, count: n * o * outH * outW)
    for b in 0..<n {
      for f in 0..<o {
        for i in 0..<(outH * outW) { out[(b * o + f) * outH * outW + i] = offsets[f] }
        for ch in 0..<c {
          for y in 0..<h {
            for x in 0..<w {
              for ky in 0..<kh {
                for kx in 0..<kw {
                  let (oy, ox) = (y * stride.0 - padding.0 + ky, x * stride.1 - padding.1 + kx)
                  guard oy >= 0, oy < outH, ox >= 0, ox < outW else { continue }
                  out[((b * o + f) * outH + oy) * outW + ox] +=
                    input[((b * c + ch) * h + y) * w + x] * filters[((ch * o + f) * kh + ky) * kw + kx]
                }
              }
            }
          }
        }
      }
    }
    return try Tensor(shape: [n, o, outH, outW], values: out)
  }

  /// The sum over each window's pixels inside the image, divided by the whole window's size.
  private func naiveAveragePooling(_ x: Tensor, _ kernel: (Int, Int), _ stride: (Int, Int), _ padding: (Int, Int)) throws -> Tensor {
    let (planes, h, w) = (x.shape[0] * x.shape[1], x.shape[2], x.shape[3])
    let outH = (h + 2 * padding.0 - kernel.0) / stride.0 + 1
    let outW = (w + 2 * padding.1 - kernel.1) / stride.1 + 1
    let input = x.toArray()
    var out: [Double] = []
    for p in 0..<planes {
      for oy in 0..<outH {
        for ox in 0..<outW {
          var total = 0.0
          for ky in 0..<kernel.0 {
            for kx in 0..<kernel.1 {
              let (y, x) = (oy * stride.0 - padding.0 + ky, ox * stride.1 - padding.1 + kx)
              if y >= 0, y < h, x >= 0, x < w { total += input[(p * h + y) * w + x] }
            }
          }
          out.append(total / Double(kernel.0 * kernel.1))
        }
      }
    }
    return try Tensor(shape: [x.shape[0], x.shape[1], outH, outW], values: out)
  }

  private func assertThrows<T>(
    _ expression: @autoclosure () throws -> T, _ message: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertThrowsError(try expression(), file: file, line: line) { error in
      XCTAssertEqual((error as? TensorError)?.message, message, file: file, line: line)
    }
  }
}
