import FolioData
import FolioNN
import FolioTensor
import XCTest

final class PlainSwiftTrainingTests: XCTestCase {
  /// The README's plain-Swift loop, on the MNIST sample so that it runs quickly.
  func testAPlainSwiftTrainingLoopLowersTheLoss() throws {
    let images: ImageDataset
    do { images = try MNIST.load(train: true) } catch { throw XCTSkip("the MNIST sample is missing; `make setup` extracts it") }
    let model = Sequential([try Linear(784, 100, generator: Generator(seed: 0)), Activation(.ReLU), try Linear(100, 10, generator: Generator(seed: 1))])
    let optimizer = try SGD(model.parameters(), lr: 0.1)
    let loader = try DataLoader(images, batchSize: 64, shuffle: true, generator: Generator(seed: 2))
    var epoch = try loader.epoch()
    var losses: [Double] = []
    while let batch = try epoch.next() {
      let loss = try crossEntropy(model(batch[0].reshape([-1, 784]) / 255), batch[1])
      optimizer.zeroGrad()
      try loss.backward()
      try optimizer.step()
      losses.append(try loss.item())
    }
    XCTAssertEqual(losses.count, 63)
    XCTAssertLessThan(losses.suffix(10).reduce(0, +) / 10, losses.prefix(10).reduce(0, +) / 10 / 2)
  }
}
