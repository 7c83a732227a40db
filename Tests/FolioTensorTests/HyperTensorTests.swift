import FolioTensor
import XCTest

final class HyperTensorTests: XCTestCase {
  private func random(_ shape: [Int], seed: UInt64) throws -> Tensor {
    try Tensor.randn(shape, dtype: .float64, generator: Generator(seed: seed))
  }

  /// A [784, 100, 10] ReLU MLP with cross-entropy, written once for each kind of tensor.
  private struct Network {
    let x: Tensor
    let labels: Tensor

    func loss(_ p: [Tensor]) throws -> (logits: Tensor, loss: Tensor) {
      let logits = try (x.matmul(p[0]) + p[1]).relu().matmul(p[2]) + p[3]
      return (logits, try nllLoss(logits.logSoftmax(dim: 1), labels))
    }

    func loss(_ p: [HyperTensor]) throws -> (logits: HyperTensor, loss: HyperTensor) {
      let logits = try (HyperTensor(x).matmul(p[0]) + p[1]).relu().matmul(p[2]) + p[3]
      return (logits, try nllLoss(logits.logSoftmax(dim: 1), labels))
    }
  }

  private func network(seed: UInt64) throws -> (Network, [Tensor], [Tensor]) {
    let net = Network(x: try random([32, 784], seed: seed), labels: try Tensor.randint(0, 10, [32], generator: Generator(seed: seed)))
    let shapes = [[784, 100], [100], [100, 10], [10]]
    let parameters = try shapes.enumerated().map { try random($1, seed: seed + 10 + UInt64($0)) * 0.1 }
    let directions = try shapes.enumerated().map { try random($1, seed: seed + 20 + UInt64($0)) }
    return (net, parameters, directions)
  }

  func testFomohsParityChecksHoldAgainstReverseModeInFloat64() throws {
    let (net, parameters, v) = try network(seed: 1)
    let hyper = try zip(parameters, v).map { try HyperTensor($0, eps1: $1, eps2: $1) }
    let (hyperLogits, hyperLoss) = try net.loss(hyper)
    let (logits, loss) = try net.loss(parameters)
    let gradient = try Transforms.grad { try net.loss($0).loss }(parameters)
    let gv = try zip(gradient, v).reduce(0.0) { $0 + (try ($1.0 * $1.1).sum().item()) }
    let hv = try Transforms.hvp({ try net.loss($0).loss }, primals: parameters, vectors: v)
    let vhv = try zip(hv, v).reduce(0.0) { $0 + (try ($1.0 * $1.1).sum().item()) }

    // Nonzero, so the agreement below says something.
    XCTAssertGreaterThan(abs(gv), 1e-3)
    XCTAssertGreaterThan(abs(vhv), 1e-3)
    // The four checks fomoh's notebook prints: predictions, loss, gᵀv and vᵀHv.
    XCTAssertEqual(try (hyperLogits.real - logits).abs().max().item(), 0, accuracy: 1e-12, "predictions")
    XCTAssertEqual(try hyperLoss.real.item(), try loss.item(), accuracy: 1e-12, "loss")
    XCTAssertEqual(try hyperLoss.eps1.item(), gv, accuracy: 1e-5 * max(1, abs(gv)), "gᵀv")
    XCTAssertEqual(try hyperLoss.eps2.item(), gv, accuracy: 1e-5 * max(1, abs(gv)), "gᵀv by the second tangent")
    XCTAssertEqual(try hyperLoss.eps1eps2.item(), vhv, accuracy: 1e-5 * max(1, abs(vhv)), "vᵀHv")
  }

  func testTheParityChecksHoldInFloat32WithinSinglePrecisionTolerances() throws {
    let (net64, parameters64, v64) = try network(seed: 3)
    let net = Network(x: net64.x.float(), labels: net64.labels)
    let (parameters, v) = (parameters64.map { $0.float() }, v64.map { $0.float() })
    let hyperLoss = try net.loss(try zip(parameters, v).map { try HyperTensor($0, eps1: $1, eps2: $1) }).loss
    let loss = try net.loss(parameters).loss
    let gradient = try Transforms.grad { try net.loss($0).loss }(parameters)
    let gv = try zip(gradient, v).reduce(0.0) { $0 + (try ($1.0 * $1.1).sum().item()) }
    let hv = try Transforms.hvp({ try net.loss($0).loss }, primals: parameters, vectors: v)
    let vhv = try zip(hv, v).reduce(0.0) { $0 + (try ($1.0 * $1.1).sum().item()) }
    // torch.allclose's rtol 1e-5 is float64's; single precision sums of 79,510 products agree
    // to about 1e-4 relative.
    XCTAssertEqual(try hyperLoss.real.item(), try loss.item(), accuracy: 1e-6)
    XCTAssertEqual(try hyperLoss.eps1.item(), gv, accuracy: 1e-4 * max(1, abs(gv)))
    XCTAssertEqual(try hyperLoss.eps1eps2.item(), vhv, accuracy: 1e-4 * max(1, abs(vhv)))
  }

  func testTheVectorisedModeMatchesOnePairAtATime() throws {
    let (net, parameters, _) = try network(seed: 2)
    let k = 3
    let directions = try parameters.enumerated().map { try random([k] + $1.shape, seed: 40 + UInt64($0)) }
    var pairs: [(Int, Int)] = []
    for i in 0..<k { for j in i..<k { pairs.append((i, j)) } }
    let hyper = try zip(parameters, directions).map { try HyperTensor($0, directions: $1, pairs: pairs) }
    let loss = try net.loss(hyper).loss
    XCTAssertEqual(try loss.eps1eps2.shape, [pairs.count])
    for (p, (i, j)) in pairs.enumerated() {
      let single = try zip(parameters, directions).map {
        try HyperTensor($0, eps1: $1.select(dim: 0, index: i), eps2: $1.select(dim: 0, index: j))
      }
      let expected = try net.loss(single).loss
      XCTAssertEqual(try loss.eps1.index([.at(p)]).item(), try expected.eps1.item(), accuracy: 1e-9)
      XCTAssertEqual(try loss.eps2.index([.at(p)]).item(), try expected.eps2.item(), accuracy: 1e-9)
      XCTAssertEqual(try loss.eps1eps2.index([.at(p)]).item(), try expected.eps1eps2.item(), accuracy: 1e-9)
    }
  }

  func testFomohsExplicitVectorisedTangentsGiveTheSameAnswers() throws {
    let x = try random([4, 3], seed: 5)
    let v1 = try random([2, 4, 3], seed: 6)
    let v2 = try random([2, 4, 3], seed: 7)
    let y = try (HyperTensor(x, eps1: v1, eps2: v2).tanh() * HyperTensor(x, eps1: v1, eps2: v2)).sum()
    for d in 0..<2 {
      let single = try HyperTensor(x, eps1: v1.select(dim: 0, index: d), eps2: v2.select(dim: 0, index: d))
      let expected = try (single.tanh() * single).sum()
      XCTAssertEqual(try y.eps1eps2.index([.at(d)]).item(), try expected.eps1eps2.item(), accuracy: 1e-12)
    }
  }

  /// Second order the fourth way: vᵀHv from eps1eps2 against forward over reverse.
  private func assertMixedPartIsTheHessianProduct(
    _ label: String, _ inputs: [Tensor], _ f: @escaping ([Tensor]) throws -> Tensor,
    _ g: ([HyperTensor]) throws -> HyperTensor, line: UInt = #line
  ) throws {
    let v1 = try inputs.enumerated().map { try random($1.shape, seed: 70 + UInt64($0)) }
    let v2 = try inputs.enumerated().map { try random($1.shape, seed: 80 + UInt64($0)) }
    let hyper = try g(zip(inputs, zip(v1, v2)).map { try HyperTensor($0, eps1: $1.0, eps2: $1.1) })
    let hv2 = try Transforms.hvp(f, primals: inputs, vectors: v2)
    let expected = try zip(v1, hv2).reduce(0.0) { $0 + (try ($1.0 * $1.1).sum().item()) }
    XCTAssertGreaterThan(abs(expected), 1e-4, label, line: line)
    XCTAssertEqual(try hyper.eps1eps2.item(), expected, accuracy: 1e-6 * max(1, abs(expected)), label, line: line)
    XCTAssertEqual(try hyper.real.item(), try f(inputs).item(), accuracy: 1e-10, label, line: line)
  }

  func testEveryHyperDualRuleAgreesWithForwardOverReverse() throws {
    let x = try random([3, 4], seed: 8)
    let w = try random([4, 2], seed: 9)
    let p = try random([3, 4], seed: 10).abs() + 0.5
    try assertMixedPartIsTheHessianProduct("tanh", [x, w], { try $0[0].matmul($0[1]).tanh().sum() }) { try $0[0].matmul($0[1]).tanh().sum() }
    try assertMixedPartIsTheHessianProduct("sigmoid and division", [x, p], { try ($0[0].sigmoid() / $0[1]).sum() }) {
      try ($0[0].sigmoid() / $0[1]).sum()
    }
    try assertMixedPartIsTheHessianProduct("exp and log", [p], { try ($0[0].log() * $0[0].exp()).mean() }) {
      try ($0[0].log() * $0[0].exp()).mean()
    }
    try assertMixedPartIsTheHessianProduct("pow", [p], { $0[0].pow(2.5).sum() }) { try $0[0].pow(2.5).sum() }
    try assertMixedPartIsTheHessianProduct("softmax", [x], { try ($0[0].softmax(dim: 1) * $0[0]).sum() }) {
      try ($0[0].softmax(dim: 1) * $0[0]).sum()
    }
    let images = try random([2, 1, 6, 6], seed: 11)
    let kernel = try random([2, 1, 3, 3], seed: 12)
    try assertMixedPartIsTheHessianProduct("conv2d and maxPool2d", [images, kernel], {
      try $0[0].conv2d(weight: $0[1], padding: (1, 1)).maxPool2d(kernelSize: (2, 2)).values.tanh().sum()
    }) {
      try $0[0].conv2d(weight: $0[1], padding: (1, 1)).maxPool2d(kernelSize: (2, 2)).tanh().sum()
    }
  }

  func testMismatchedTangentsAreAnError() throws {
    let x = try random([2], seed: 1)
    XCTAssertThrowsError(try HyperTensor(x, eps1: try random([3], seed: 2), eps2: try random([3], seed: 3))) { error in
      XCTAssertTrue("\(error)".contains("must match the value's shape [2]"))
    }
    let a = try HyperTensor(x, eps1: x, eps2: x)
    let b = try HyperTensor(x, directions: try random([3, 2], seed: 4), pairs: [(0, 1), (1, 2)])
    XCTAssertThrowsError(try a + b) { error in
      XCTAssertTrue("\(error)".contains("different tangent pairs"))
    }
  }
}
