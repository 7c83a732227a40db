import FolioNN
import FolioTensor
import Foundation
import XCTest

/// Saving a model's parameters to .npz and loading them into another model built the same way.
final class SavingTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "folio-saving-\(UUID().uuidString)/"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try FileManager.default.removeItem(atPath: directory)
  }

  private func convNet(seed: UInt64) throws -> Sequential {
    let generator = Generator(seed: seed)
    return Sequential([
      try Conv2d(1, 4, kernelSize: 3, generator: generator), Activation(.ReLU), try MaxPool2d(2), Flatten(),
      try Linear(4 * 3 * 3, 5, generator: generator),
    ])
  }

  func testALoadedModelGivesTheSavedModelsOutputs() throws {
    let saved = try convNet(seed: 1)
    let path = directory + "net.npz"
    try saved.save(to: path)
    let loaded = try convNet(seed: 2)
    let x = try Tensor.randn([3, 1, 8, 8], generator: Generator(seed: 3))
    XCTAssertNotEqual(try loaded(x).toArray(), try saved(x).toArray())
    try loaded.load(from: path)
    XCTAssertEqual(try loaded(x).toArray(), try saved(x).toArray())
    // The copies were not recorded: the parameters are still leaves that train.
    for parameter in loaded.parameters() { XCTAssertTrue(parameter.isLeaf && parameter.requiresGrad) }
    try loaded(x).sum().backward()
    XCTAssertNotNil(loaded.parameters()[0].grad)
    XCTAssertEqual(try NPZ.read(path).map(\.name), ["0.weight", "0.bias", "4.weight", "4.bias"])
  }

  func testLoadingReadsTheArchivesNumPySavezWrites() throws {
    // Written by scripts/make-tensor-fixtures.py: np.savez(path, **{"0.weight": …, "0.bias": …}).
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../FolioTensorTests/Fixtures/format/stored.npz").standardized.path
    let model = Sequential([try Linear(3, 2)])
    try model.load(from: fixture)
    XCTAssertEqual(model.parameters()[0].toArray(), [0, 0.25, 0.5, 0.75, 1, 1.25])
    // The float64 bias is converted to the float32 parameter.
    XCTAssertEqual(model.parameters()[1].dtype, .float32)
    XCTAssertEqual(model.parameters()[1].toArray(), [1.5, -2])
  }

  func testAFailedLoadNamesTheParameterAndLeavesTheModelAsItWas() throws {
    let path = directory + "net.npz"
    try Sequential([try Linear(3, 2)]).save(to: path)
    let model = Sequential([try Linear(3, 2, bias: false)])
    let before = model.parameters()[0].toArray()
    let fix = "build the model with the same layers and sizes as the one saved"
    assertThrows(try model.load(from: path), "\(path) holds '0.bias', which is not a parameter of this model; \(fix)")
    XCTAssertEqual(model.parameters()[0].toArray(), before)
    assertThrows(
      try Sequential([try Linear(3, 2), Activation(.ReLU), try Linear(2, 1)]).load(from: path),
      "\(path) has no array for parameter '2.weight'; \(fix)")
    assertThrows(
      try Sequential([try Linear(4, 2)]).load(from: path),
      "\(path) holds '0.weight' with shape [2, 3], but the parameter has shape [2, 4]; \(fix)")
    assertThrows(
      try model.load(from: directory + "missing.npz"),
      "cannot load parameters from \(directory)missing.npz: there is no such file; save the parameters there first")
  }

  private func assertThrows<T>(
    _ expression: @autoclosure () throws -> T, _ message: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertThrowsError(try expression(), file: file, line: line) { error in
      XCTAssertEqual("\(error)", message, file: file, line: line)
    }
  }
}
