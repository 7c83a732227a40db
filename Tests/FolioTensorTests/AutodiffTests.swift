import FolioTensor
import XCTest

final class AutodiffTests: XCTestCase {
  private let check = DerivativeCheck()
  private func random(_ shape: [Int], seed: UInt64 = 1) throws -> Tensor {
    try Tensor.randn(shape, dtype: .float64, generator: Generator(seed: seed))
  }
  private func positive(_ shape: [Int], seed: UInt64 = 2) throws -> Tensor {
    try random(shape, seed: seed).abs() + 0.5
  }

  func testArithmeticWithBroadcastingDifferentiatesEveryWay() throws {
    let (a, b, c) = (try random([3, 4]), try random([4], seed: 3), try positive([3, 1]))
    try check.first("add", at: [a, b]) { try $0[0] + $0[1] }
    try check.first("sub", at: [a, c]) { try $0[0] - $0[1] }
    try check.first("mul", at: [a, b]) { try $0[0] * $0[1] }
    try check.first("div", at: [a, c]) { try $0[0] / $0[1] }
    try check.first("pow", at: [c, b]) { try $0[0].pow($0[1]) }
    try check.first("scalars", at: [a]) { try 2 * $0[0] - $0[0] / 4 + 1 }
    try check.first("maximum", at: [a, b]) { try $0[0].maximum($0[1]) }
    try check.first("minimum", at: [a, b]) { try $0[0].minimum($0[1]) }
    try check.first("negation", at: [a]) { -$0[0] }
  }

  func testElementwiseFunctionsDifferentiateEveryWay() throws {
    let x = try random([2, 5])
    let p = try positive([2, 5])
    try check.first("exp", at: [x]) { $0[0].exp() }
    try check.first("log", at: [p]) { $0[0].log() }
    try check.first("log1p", at: [p]) { $0[0].log1p() }
    try check.first("sqrt", at: [p]) { $0[0].sqrt() }
    try check.first("tanh", at: [x]) { $0[0].tanh() }
    try check.first("sigmoid", at: [x]) { $0[0].sigmoid() }
    try check.first("relu", at: [x]) { $0[0].relu() }
    try check.first("abs", at: [x]) { $0[0].abs() }
    try check.first("clamp", at: [x]) { try $0[0].clamp(min: -0.5, max: 0.5) }
    try check.first("pow 3", at: [x]) { $0[0].pow(3) }
    try check.first("where", at: [x, p]) { try Tensor.where($0[0] > 0, $0[0], $0[1]) }
  }

  func testReductionsAndSoftmaxDifferentiateEveryWay() throws {
    let x = try random([3, 4, 2])
    try check.first("sum", at: [x]) { $0[0].sum() }
    try check.first("sum dims", at: [x]) { try $0[0].sum(dims: [0, 2], keepDim: true) }
    try check.first("mean", at: [x]) { try $0[0].mean(dims: [1]) }
    try check.first("variance", at: [x]) { try $0[0].variance(dims: [1]) }
    try check.first("norm", at: [x]) { try $0[0].norm() }
    try check.first("max", at: [x]) { try $0[0].max(dim: 1).values }
    try check.first("logSumExp", at: [x]) { try $0[0].logSumExp(dim: -1) }
    try check.first("softmax", at: [x]) { try $0[0].softmax(dim: 1) }
    try check.first("logSoftmax", at: [x]) { try $0[0].logSoftmax(dim: 0) }
  }

  func testProductsAndShapesDifferentiateEveryWay() throws {
    let (a, b) = (try random([3, 4]), try random([4, 2], seed: 5))
    try check.first("matmul", at: [a, b]) { try $0[0].matmul($0[1]) }
    try check.first("matmul transposed", at: [a, try random([2, 4], seed: 6)]) { try $0[0].matmul($0[1].T) }
    try check.first("batched matmul", at: [try random([2, 3, 4]), b]) { try $0[0].matmul($0[1]) }
    try check.first("matrix-vector", at: [a, try random([4], seed: 7)]) { try $0[0].matmul($0[1]) }
    try check.first("dot", at: [try random([4]), try random([4], seed: 8)]) { try $0[0].dot($0[1]) }
    try check.first("reshape and permute", at: [try random([2, 3, 4])]) { try $0[0].reshape([6, 4]).T.reshape([2, 2, 6]).permute([2, 0, 1]) }
    try check.first("expand", at: [try random([3, 1])]) { try $0[0].expand([2, 3, 4]) }
    try check.first("slices", at: [a]) { try $0[0].slice(dim: 1, start: 1, step: 2).select(dim: 0, index: -1) }
    try check.first("cat", at: [a, try random([2, 4], seed: 9)]) { try Tensor.cat([$0[0], $0[1]]) }
    try check.first("stack and chunk", at: [a]) { try Tensor.stack($0[0].chunk(2, dim: 1), dim: 0) }
  }

  func testIndexingDifferentiatesEveryWay() throws {
    let x = try random([4, 3])
    let rows = try Tensor(shape: [5], values: [Int64(0), 2, 2, 3, 0])
    try check.first("index rows with repeats", at: [x]) { try $0[0].index([.tensor(rows)]) }
    try check.first("pick labels", at: [x]) { try $0[0].index([.tensor(Tensor.arange(4)), .tensor(Tensor(shape: [4], values: [Int64(2), 0, 1, 1]))]) }
    try check.first("mask", at: [x]) { try $0[0].index([.tensor($0[0].detach() > 0)]) }
    try check.first("gather", at: [x]) { try $0[0].gather(dim: 1, index: Tensor(shape: [4, 2], values: [Int64(0), 2, 1, 1, 2, 0, 0, 0])) }
  }

  func testConvolutionAndPoolingDifferentiateEveryWay() throws {
    let images = try random([2, 2, 5, 5])
    let weight = try random([3, 2, 3, 3], seed: 11)
    let bias = try random([3], seed: 12)
    try check.first("conv2d", at: [images, weight, bias]) { try $0[0].conv2d(weight: $0[1], bias: $0[2], stride: (2, 2), padding: (1, 1)) }
    try check.first("maxPool2d", at: [images]) { try $0[0].maxPool2d(kernelSize: (2, 2)).values }
    try check.first("unfold", at: [images]) { try $0[0].unfold(kernelSize: (2, 3), stride: (1, 2)) }
  }

  func testSecondDerivativesAgreeByDoubleBackwardForwardOverReverseAndDifferences() throws {
    let x = try random([3, 4])
    let w = try random([4, 2], seed: 13)
    try check.second("tanh network", at: [x, w]) { try $0[0].matmul($0[1]).tanh().pow(2).sum() }
    try check.second("softmax cross-entropy", at: [x, w]) {
      try -$0[0].matmul($0[1]).logSoftmax(dim: 1).index([.all, .at(0)]).mean()
    }
    try check.second("exp and log", at: [try positive([5])]) { try ($0[0].log() * $0[0].exp()).sum() }
    try check.second("sigmoid and division", at: [x, try positive([3, 4], seed: 14)]) { try ($0[0].sigmoid() / $0[1]).sum() }
  }

  func testBackwardAccumulatesIntoLeavesAndFreesTheGraph() throws {
    let w = try Tensor(shape: [2], elements: [1, 2]).requireGrad()
    let loss = try (w * w).sum()
    try loss.backward()
    XCTAssertEqual(w.grad?.toArray(), [2, 4])
    try (w * 3).sum().backward()
    XCTAssertEqual(w.grad?.toArray(), [5, 7])
    XCTAssertThrowsError(try loss.backward()) { error in
      XCTAssertTrue("\(error)".contains("retainGraph: true"))
    }
  }

  func testNoGradBuildsNoGraphAndInPlaceUpdatesNeedIt() throws {
    let w = try Tensor.ones([2]).requireGrad()
    XCTAssertFalse(noGrad { w * 2 }.requiresGrad)
    XCTAssertThrowsError(try w -= 1) { error in
      XCTAssertTrue("\(error)".contains("noGrad"))
    }
    try noGrad { try w -= 1 }
    XCTAssertEqual(w.toArray(), [0, 0])
  }

  func testErrorsExplainWhatToDo() throws {
    XCTAssertThrowsError(try Tensor.ones([2]).sum().backward()) { error in
      XCTAssertTrue("\(error)".contains("does not require grad"))
    }
    let w = try Tensor.ones([2]).requireGrad()
    XCTAssertThrowsError(try (w * 2).backward()) { error in
      XCTAssertEqual("\(error)", "backward: the output has shape [2]; pass gradient: for a non-scalar output")
    }
    XCTAssertThrowsError(try Tensor.arange(3).requireGrad())
    XCTAssertThrowsError(try (w * 2).cumsum(dim: 0)) { error in
      XCTAssertTrue("\(error)".hasPrefix("cumsum is not differentiable"))
    }
  }
}

final class AutodiffHookTests: XCTestCase {
  func testAHookSeesTheGradientWithRespectToALayersOutput() throws {
    let x = try Tensor.randn([4, 3], dtype: .float64, generator: Generator(seed: 1))
    let w = try Tensor.randn([3, 2], dtype: .float64, generator: Generator(seed: 2)).requireGrad()
    let output = try x.matmul(w)
    var seen: Tensor?
    try output.registerHook { seen = $0 }
    try output.tanh().sum().backward()
    // dL/d(output) = 1 - tanh², and the layer's input with it gives the weight gradient.
    let expected = 1 - output.detach().tanh().pow(2)
    XCTAssertEqual(try (seen! - expected).abs().max().item(), 0, accuracy: 1e-12)
    XCTAssertEqual(try (x.T.matmul(seen!) - w.grad!).abs().max().item(), 0, accuracy: 1e-12)
  }

  func testRetainGradKeepsAComputedTensorsGradient() throws {
    let w = try Tensor(shape: [2], elements: [1, 2]).requireGrad()
    let doubled = w * 2
    try doubled.retainGrad()
    try (doubled * doubled).sum().backward()
    XCTAssertEqual(doubled.grad?.toArray(), [4, 8])
    XCTAssertThrowsError(try Tensor.ones([1]).registerHook { _ in })
  }
}
