import FolioNN
import FolioTensor
import XCTest

final class NNTests: XCTestCase {
  func testLinearStoresItsWeightOutByInWithPyTorchsInitialisationBound() throws {
    let layer = try Linear(784, 100, generator: Generator(seed: 1))
    XCTAssertEqual(layer.weight.shape, [100, 784])
    XCTAssertEqual(layer.bias?.shape, [100])
    XCTAssertLessThanOrEqual(try layer.weight.abs().max().item(), 1 / 28.0)
    XCTAssertEqual(try layer(Tensor.zeros([3, 784])).shape, [3, 100])
    XCTAssertThrowsError(try layer(Tensor.zeros([3, 10]))) { error in
      XCTAssertEqual("\(error)", "Linear(784, 100): expected inputs with 784 features, got shape [3, 10]")
    }
  }

  func testLinearsWeightGradientIsRowMajorLikeItsWeightAndMatchesTheProductRule() throws {
    let generator = Generator(seed: 2)
    let layer = try Linear(5, 3, generator: generator)
    let x = try Tensor.randn([4, 5], generator: generator)
    let g = try Tensor.randn([4, 3], generator: generator)
    try layer(x).backward(gradient: g)
    let gradient = try XCTUnwrap(layer.weight.grad)
    XCTAssertTrue(gradient.isContiguous)
    // dL/dW = gᵀx for y = xWᵀ + b.
    XCTAssertLessThan(try (gradient - g.T.matmul(x)).abs().max().item(), 1e-6)
  }

  func testSequentialListsItsParametersInOrderAndPrintsLikePyTorch() throws {
    let model = Sequential([try Linear(4, 3), Activation(.ReLU), try Linear(3, 2)])
    XCTAssertEqual(model.namedParameters().map(\.name), ["0.weight", "0.bias", "2.weight", "2.bias"])
    XCTAssertEqual(model.description, """
      Sequential(
        (0): Linear(in_features=4, out_features=3, bias=True)
        (1): ReLU()
        (2): Linear(in_features=3, out_features=2, bias=True)
      )
      """)
  }

  func testSGDWithMomentumFollowsPyTorchsUpdate() throws {
    let w = try Tensor(shape: [1], values: [1.0]).requireGrad()
    let optimizer = try SGD([w], lr: 0.1, momentum: 0.9)
    var expected = 1.0
    var buffer: Double?
    for _ in 0..<3 {
      optimizer.zeroGrad()
      try (w * w).sum().backward()
      let g = 2 * expected
      buffer = buffer.map { 0.9 * $0 + g } ?? g
      expected -= 0.1 * buffer!
      try optimizer.step()
      XCTAssertEqual(try w.item(), expected, accuracy: 1e-12)
    }
  }

  func testAdamsFusedStepMatchesTheStepComposedFromTensorOperations() throws {
    // A transposed gradient is not contiguous, so the second optimizer takes the composed path.
    let values = try Tensor.randn([3, 2], dtype: .float64, generator: Generator(seed: 4))
    let gradients = try Tensor.randn([2, 3], dtype: .float64, generator: Generator(seed: 5))
    let fused = try values.clone().requireGrad()
    let composed = try values.clone().requireGrad()
    for weightDecay in [0.0, 0.1] {
      for optimizer in [try Adam([fused], lr: 0.1, weightDecay: weightDecay), try Adam([composed], lr: 0.1, weightDecay: weightDecay)] {
        for _ in 0..<3 {
          optimizer.parameters[0].grad = optimizer.parameters[0] === fused ? gradients.T.contiguous() : gradients.T
          try optimizer.step()
        }
      }
      XCTAssertLessThan(try (fused - composed).abs().max().item(), 1e-12)
    }
  }

  func testAdamWDecaysTheWeightsThemselvesEvenWithAZeroGradient() throws {
    let w = try Tensor(shape: [1], values: [2.0]).requireGrad()
    let optimizer = try Adam.adamW([w], lr: 0.1, weightDecay: 0.5)
    w.grad = try Tensor(shape: [1], values: [0.0])
    try optimizer.step()
    XCTAssertEqual(try w.item(), 2 * (1 - 0.1 * 0.5), accuracy: 1e-12)
  }

  func testAdamRefusesBetasOutsideTheUnitInterval() throws {
    XCTAssertThrowsError(try Adam([Tensor.zeros([1]).requireGrad()], betas: (0.9, 1))) { error in
      XCTAssertEqual("\(error)", "Adam: betas must lie in [0, 1), got (0.9, 1.0)")
    }
  }

  func testAdamFollowsItsBiasCorrectedUpdate() throws {
    let w = try Tensor(shape: [1], values: [1.0]).requireGrad()
    let optimizer = try Adam([w], lr: 0.1)
    var (x, m, v) = (1.0, 0.0, 0.0)
    for t in 1...3 {
      optimizer.zeroGrad()
      try (w * w * w).sum().backward()
      let g = 3 * x * x
      m = 0.9 * m + 0.1 * g
      v = 0.999 * v + 0.001 * g * g
      x -= 0.1 * (m / (1 - pow(0.9, Double(t)))) / ((v / (1 - pow(0.999, Double(t)))).squareRoot() + 1e-8)
      try optimizer.step()
      XCTAssertEqual(try w.item(), x, accuracy: 1e-12)
    }
  }

  func testLossesReduceAsPyTorchsDo() throws {
    let prediction = try Tensor(shape: [2], values: [1.0, 3.0])
    let target = try Tensor(shape: [2], values: [0.0, 1.0])
    XCTAssertEqual(try Loss(.MSELoss, reduction: .sum)(prediction, target).item(), 5)
    XCTAssertEqual(try mseLoss(prediction, target).item(), 2.5)
    let logits = try Tensor(shape: [1, 3], values: [0.0, 0.0, 0.0])
    XCTAssertEqual(try crossEntropy(logits, Tensor(shape: [1], values: [Int64(2)])).item(), Foundation.log(3), accuracy: 1e-12)
    XCTAssertEqual(try bce(Tensor(shape: [1], values: [0.0]), Tensor(shape: [1], values: [1.0])).item(), 100)
  }
}
