import FolioNN
import FolioTensor
import XCTest

final class SchedulerTests: XCTestCase {
  func testStepLRHalvesTheRateEveryStepSizeEpochsAndKeepsARateSetByHand() throws {
    let optimizer = try SGD([Tensor.zeros([1]).requireGrad()], lr: 1)
    let scheduler = try StepLR(optimizer, stepSize: 2, gamma: 0.5)
    var rates: [Double] = []
    for _ in 0..<4 {
      scheduler.step()
      rates.append(optimizer.learningRate)
    }
    XCTAssertEqual(rates, [1, 0.5, 0.5, 0.25])
    optimizer.learningRate = 8
    scheduler.step()
    scheduler.step()
    XCTAssertEqual(optimizer.learningRate, 4)
  }

  func testExponentialLRMultipliesTheRateEveryEpoch() throws {
    let optimizer = try Adam([Tensor.zeros([1]).requireGrad()], lr: 0.5)
    let scheduler = ExponentialLR(optimizer, gamma: 0.5)
    scheduler.step()
    scheduler.step()
    XCTAssertEqual(scheduler.lastLearningRate, 0.125)
  }

  func testClipGradNormScalesOnlyGradientsAboveTheLimit() throws {
    let a = try Tensor(shape: [2], values: [3.0, 0]).requireGrad()
    let b = try Tensor(shape: [1], values: [4.0]).requireGrad()
    try ((a * a).sum() / 2 + (b * b).sum() / 2).backward()
    XCTAssertEqual(try clipGradNorm([a, b], maxNorm: 10), 5, accuracy: 1e-12)
    XCTAssertEqual(try b.grad!.item(), 4, accuracy: 1e-12)
    XCTAssertEqual(try clipGradNorm([a, b], maxNorm: 1), 5, accuracy: 1e-12)
    XCTAssertEqual(try b.grad!.item(), 0.8, accuracy: 1e-6)
    XCTAssertEqual(try a.grad!.elements(Double.self)[0], 0.6, accuracy: 1e-6)
  }
}
