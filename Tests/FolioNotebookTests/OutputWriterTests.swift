import FolioNotebook
import XCTest

final class OutputWriterTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "folio-writer-\(UUID().uuidString)"
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  func testWritesTheMarkdownAndItsImagesAndRemovesStaleImages() throws {
    let writer = OutputWriter(directory: directory + "/out")
    let first = NotebookRenderer.Rendered(markdown: "one\n", images: [("a-1.png", [1, 2, 3]), ("b-1.png", [4])])
    XCTAssertEqual(try writer.write(first, name: "nb"), directory + "/out/nb.md")
    XCTAssertEqual(try FileSystem.read(directory + "/out/nb_files/a-1.png"), [1, 2, 3])

    let second = NotebookRenderer.Rendered(markdown: "two\n", images: [("a-1.png", [9])])
    try writer.write(second, name: "nb")
    XCTAssertEqual(try FileSystem.contents(of: directory + "/out/nb_files"), ["a-1.png"])
    XCTAssertEqual(try FileSystem.read(directory + "/out/nb.md"), Array("two\n".utf8))
    // No temporary files are left behind by the atomic writes.
    XCTAssertEqual(try FileSystem.contents(of: directory + "/out"), ["nb.md", "nb_files"])
  }

  func testAnUnwritableDirectoryIsAnErrorThatNamesThePath() throws {
    try FileSystem.writeAtomically([1], to: directory)  // a file where the folder should be
    XCTAssertThrowsError(try OutputWriter(directory: directory + "/out").write(.init(markdown: "", images: []), name: "nb")) {
      XCTAssertTrue(String(describing: $0).contains(self.directory), String(describing: $0))
    }
  }
}
