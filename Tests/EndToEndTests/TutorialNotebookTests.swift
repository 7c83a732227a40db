import Foundation
import XCTest

/// The tutorial notebooks in notebooks/, run by the built binary with small parameters so
/// that CI fails if either of them stops working.
final class TutorialNotebookTests: XCTestCase {
  private var folio: FolioProcess!
  /// The checkout this test file belongs to.
  private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  override func setUpWithError() throws {
    folio = try FolioProcess()
    // The notebooks read the MNIST sample from data/, relative to where they run.
    let data = repository.appendingPathComponent("data")
    guard FileManager.default.fileExists(atPath: data.appendingPathComponent("mnist_5k.csv.gz").path) else {
      throw XCTSkip("data/mnist_5k.csv.gz is missing; `make setup` extracts it")
    }
    try FileManager.default.createSymbolicLink(at: folio.directory.appendingPathComponent("data"), withDestinationURL: data)
    for name in ["lecture2-basic-nn-apis.md", "mnist-mlp.md"] {
      try folio.write(String(contentsOf: repository.appendingPathComponent("notebooks/\(name)"), encoding: .utf8), to: "notebooks/\(name)")
    }
  }

  override func tearDownWithError() throws {
    folio.cleanUp()
  }

  func testTheLectureRunsEverySectionAndDrawsFiveLossCurves() throws {
    let run = try folio.run(["run", "notebooks/lecture2-basic-nn-apis.md", "-p", "epochs=20", "-o", "out"])
    XCTAssertEqual(run.status, 0, run.stderr)
    let markdown = try folio.read("out/lecture2-basic-nn-apis.md")
    XCTAssertEqual(markdown.components(separatedBy: "epoch 19: loss").count - 1, 5, "every section prints its last epoch")
    XCTAssertEqual(folio.files(under: "out/lecture2-basic-nn-apis_files").filter { $0.hasSuffix(".png") }.count, 5)
  }

  func testTheMNISTWalkthroughTrainsBothOptimizersAndEvaluatesOnTheTestSet() throws {
    let run = try folio.run(["run", "notebooks/mnist-mlp.md", "-p", "epochs=1", "-p", "batchSize=256", "-o", "out"])
    XCTAssertEqual(run.status, 0, run.stderr)
    let markdown = try folio.read("out/mnist-mlp.md")
    for line in ["SGD epoch 1: training loss", "Adam epoch 1: training loss", "model on 1000 test images", "of  105 right"] {
      XCTAssertTrue(markdown.contains(line), "missing '\(line)'")
    }
    XCTAssertEqual(folio.files(under: "out/mnist-mlp_files").filter { $0.hasSuffix(".png") }.count, 3)
  }
}
