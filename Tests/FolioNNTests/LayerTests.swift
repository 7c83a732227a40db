import FolioNN
import FolioTensor
import XCTest

/// The convolutional, pooling, softmax and dropout layers: shapes, initialisation bounds,
/// PyTorch's printed forms, and errors that name the layer.
final class LayerTests: XCTestCase {
  func testConv2dStoresItsWeightOutByInByKernelWithPyTorchsBound() throws {
    let layer = try Conv2d(1, 32, kernelSize: 3, padding: 1, generator: Generator(seed: 1))
    XCTAssertEqual(layer.weight.shape, [32, 1, 3, 3])
    XCTAssertEqual(layer.bias?.shape, [32])
    XCTAssertLessThanOrEqual(try layer.weight.abs().max().item(), 1 / 3.0)
    XCTAssertEqual(layer.namedParameters().map(\.name), ["weight", "bias"])
    let x = try Tensor.randn([2, 1, 28, 28], generator: Generator(seed: 2))
    let y = try layer(x)
    XCTAssertEqual(y.shape, [2, 32, 28, 28])
    let expected = try x.conv2d(weight: layer.weight, bias: layer.bias, padding: (1, 1))
    XCTAssertEqual(y.toArray(), expected.toArray())
    XCTAssertEqual(layer.description, "Conv2d(1, 32, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))")
    XCTAssertEqual(try Conv2d(3, 8, kernelSize: 5, stride: 2, bias: false).description,
      "Conv2d(3, 8, kernel_size=(5, 5), stride=(2, 2), bias=False)")
  }

  func testConvTranspose2dWithStrideTwoDoublesTheImageSize() throws {
    let layer = try ConvTranspose2d(16, 8, kernelSize: 3, stride: 2, padding: 1, outputPadding: 1, generator: Generator(seed: 1))
    XCTAssertEqual(layer.weight.shape, [16, 8, 3, 3])
    // PyTorch's fan-in for the transposed layer is out·k·k.
    XCTAssertLessThanOrEqual(try layer.weight.abs().max().item(), 1 / (8 * 9.0).squareRoot())
    XCTAssertGreaterThan(try layer.weight.abs().max().item(), 1 / (16 * 9.0).squareRoot())
    XCTAssertEqual(try layer(Tensor.zeros([2, 16, 7, 7])).shape, [2, 8, 14, 14])
    XCTAssertEqual(
      layer.description, "ConvTranspose2d(16, 8, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1), output_padding=(1, 1))")
    XCTAssertEqual(try ConvTranspose2d(16, 8, kernelSize: 3, stride: 2).description,
      "ConvTranspose2d(16, 8, kernel_size=(3, 3), stride=(2, 2))")
  }

  func testConvolutionErrorsNameTheLayerAndBothShapes() throws {
    let layer = try Conv2d(1, 32, kernelSize: 3)
    assertThrows(try layer(Tensor.zeros([64, 784])), "Conv2d(1, 32, kernel_size=(3, 3)): expected input [N, 1, H, W], got [64, 784]")
    assertThrows(try layer(Tensor.zeros([64, 3, 8, 8])), "Conv2d(1, 32, kernel_size=(3, 3)): expected input [N, 1, H, W], got [64, 3, 8, 8]")
    assertThrows(
      try layer(Tensor.zeros([1, 1, 2, 2])),
      "Conv2d(1, 32, kernel_size=(3, 3)): conv2d: kernel size (3, 3) is larger than the padded input (2, 2)")
    assertThrows(try Conv2d(0, 32, kernelSize: 3), "Conv2d: in and out channels must be positive, got 0 and 32")
    assertThrows(try Conv2d(1, 32, kernelSize: 3, padding: -1), "Conv2d: padding must be non-negative, got -1")
    assertThrows(
      try ConvTranspose2d(4, 4, kernelSize: 3, stride: 2, outputPadding: 2),
      "ConvTranspose2d: output padding must be non-negative and smaller than the stride 2, got 2")
    assertThrows(
      try ConvTranspose2d(4, 2, kernelSize: 3)(Tensor.zeros([1, 2, 5, 5])),
      "ConvTranspose2d(4, 2, kernel_size=(3, 3)): expected input [N, 4, H, W], got [1, 2, 5, 5]")
  }

  func testPoolingLayersTileTheImageAndPrintLikePyTorch() throws {
    let x = try Tensor(shape: [1, 1, 4, 4], elements: [1, 3, 2, 0, 4, 2, 8, 1, 0, 9, 5, 5, 7, 1, 6, 2])
    let maxPool = try MaxPool2d(2)
    XCTAssertEqual(try maxPool(x).toArray(), [4, 8, 9, 6])
    XCTAssertEqual(maxPool.description, "MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)")
    let avgPool = try AvgPool2d(2)
    XCTAssertEqual(try avgPool(x).toArray(), [2.5, 2.75, 4.25, 4.5])
    XCTAssertEqual(avgPool.description, "AvgPool2d(kernel_size=2, stride=2, padding=0)")
    XCTAssertEqual(try AvgPool2d(3, stride: 1, padding: 1)(x).shape, [1, 1, 4, 4])
    assertThrows(
      try maxPool(Tensor.zeros([64, 784])),
      "MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False): expected input [N, C, H, W], got [64, 784]")
    assertThrows(try AvgPool2d(2, padding: 2), "AvgPool2d: padding must be between 0 and half the kernel size 2, got 2")
    assertThrows(try MaxPool2d(0), "MaxPool2d: kernel size and stride must be positive, got 0 and 0")
  }

  func testSoftmaxLayersNormaliseAlongTheirDimension() throws {
    let x = try Tensor.randn([3, 5], generator: Generator(seed: 3))
    let probabilities = try Softmax(dim: 1)(x)
    for total in try probabilities.sum(dims: [1]).toArray() { XCTAssertEqual(total, 1, accuracy: 1e-6) }
    XCTAssertEqual(try LogSoftmax(dim: 1)(x).exp().toArray().map { ($0 * 1e5).rounded() },
      probabilities.toArray().map { ($0 * 1e5).rounded() })
    XCTAssertEqual(Softmax(dim: 1).description, "Softmax(dim=1)")
    XCTAssertEqual(LogSoftmax(dim: -1).description, "LogSoftmax(dim=-1)")
  }

  func testDropoutZeroesAboutPAndScalesTheRestWhileTrainingOnly() throws {
    let dropout = try Dropout(p: 0.25, generator: Generator(seed: 4))
    let x = try Tensor.ones([100, 100], dtype: .float64).requireGrad()
    let y = try dropout(x)
    let values = y.toArray()
    let zeroed = Double(values.filter { $0 == 0 }.count) / Double(values.count)
    XCTAssertEqual(zeroed, 0.25, accuracy: 0.02)
    XCTAssertTrue(values.allSatisfy { $0 == 0 || abs($0 - 4 / 3.0) < 1e-12 })
    // The gradient is the mask itself: 1/(1 − p) where kept, 0 where dropped.
    try y.sum().backward()
    XCTAssertEqual(try XCTUnwrap(x.grad).toArray(), values)

    dropout.eval()
    XCTAssertTrue(try dropout(x) === x)
    XCTAssertEqual(dropout.description, "Dropout(p=0.25, inplace=False)")
    assertThrows(try Dropout(p: 1), "Dropout: p must be at least 0 and less than 1, got 1.0")
  }

  func testASmallConvNetRunsForwardAndBackwardThroughEveryLayer() throws {
    setSeed(0)
    let model = Sequential([
      try Conv2d(1, 4, kernelSize: 3, padding: 1), Activation(.ReLU), try MaxPool2d(2), try Dropout(p: 0.2),
      Flatten(), try Linear(4 * 14 * 14, 10), LogSoftmax(dim: 1),
    ])
    let x = try Tensor.randn([8, 1, 28, 28])
    let loss = try (-model(x)).mean()
    try loss.backward()
    XCTAssertEqual(model.namedParameters().map(\.name), ["0.weight", "0.bias", "5.weight", "5.bias"])
    for parameter in model.parameters() { XCTAssertEqual(parameter.grad?.shape, parameter.shape) }
    XCTAssertEqual(model.description, """
      Sequential(
        (0): Conv2d(1, 4, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
        (1): ReLU()
        (2): MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
        (3): Dropout(p=0.2, inplace=False)
        (4): Flatten(start_dim=1, end_dim=-1)
        (5): Linear(in_features=784, out_features=10, bias=True)
        (6): LogSoftmax(dim=1)
      )
      """)
  }

  private func assertThrows<T>(
    _ expression: @autoclosure () throws -> T, _ message: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertThrowsError(try expression(), file: file, line: line) { error in
      XCTAssertEqual("\(error)", message, file: file, line: line)
    }
  }
}
