import CPNG
import Foundation
import XCTest

/// Runs the built `folio` binary the way a user does and checks what it writes.
final class FolioBinaryTests: XCTestCase {
  private var folio: FolioProcess!
  private var directory: URL { folio.directory }

  override func setUpWithError() throws {
    folio = try FolioProcess()
  }

  override func tearDownWithError() throws {
    folio.cleanUp()
  }

  func testRunWritesRenderedMarkdownAndAPNGOfTheExpectedSize() throws {
    let notebook = """
      # Demo

      ```swift
      var values: [Double] = []
      for i in 0..<10 {
        values.append(Double(i * i))
      }
      print("last:", values[9])
      plot(values, title: "Squares", xlabel: "i", ylabel: "i²")
      ```

      The end.

      """
    try write(notebook, to: "notebooks/demo.md")
    let run = try folio(["run", "notebooks/demo.md", "-o", "out"])
    XCTAssertEqual(run.status, 0, run.stderr)

    let markdown = try String(contentsOf: directory.appendingPathComponent("out/demo.md"), encoding: .utf8)
    let images = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out/demo_files").path)
    XCTAssertEqual(images.count, 1)
    XCTAssertEqual(markdown, """
      # Demo

      ```swift
      var values: [Double] = []
      for i in 0..<10 {
        values.append(Double(i * i))
      }
      print("last:", values[9])
      plot(values, title: "Squares", xlabel: "i", ylabel: "i²")
      ```

      ```text
      last: 81.0
      ```

      ![](demo_files/\(images[0]))

      The end.

      """)
    let png = try Data(contentsOf: directory.appendingPathComponent("out/demo_files/\(images[0])"))
    let size = try decodedSize(png)
    XCTAssertEqual(size.width, 640)
    XCTAssertEqual(size.height, 480)
    // The source notebook is never touched.
    XCTAssertEqual(try String(contentsOf: directory.appendingPathComponent("notebooks/demo.md"), encoding: .utf8), notebook)
  }

  func testRunOnAFolderRunsEveryNotebookInIt() throws {
    try write("```swift\nprint(1)\n```\n", to: "nbs/a.md")
    try write("```swift\nprint(2)\n```\n", to: "nbs/b.md")
    try write("not a notebook", to: "nbs/notes.txt")
    let run = try folio(["run", "nbs/", "-o", "out"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path).sorted(),
      ["a.md", "a.run.json", "b.md", "b.run.json"])
  }

  func testScriptPrintsToStandardOutput() throws {
    try write("print(\"a\", 1 + 2)\n", to: "hello.swift")
    let run = try folio(["script", "hello.swift"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stdout, "a 3\n")
  }

  func testAScriptErrorExitsNonZeroWithTheLocation() throws {
    try write("print(\"ok\")\nlet xs = [1]\nprint(xs[4])\n", to: "bad.swift")
    let run = try folio(["script", "bad.swift"])
    XCTAssertEqual(run.status, 1)
    XCTAssertEqual(run.stdout, "ok\n")
    XCTAssertTrue(run.stderr.hasPrefix("bad.swift:3:7: error: index 4 out of range for array of count 1\n"), run.stderr)
  }

  func testASyntaxErrorInACellNamesTheFileTheCellAndTheLineAndExitsNonZero() throws {
    try write("# T\n\n```swift\nprint(1)\n```\n\n```swift\nlet x = (1 +\n```\n", to: "broken.md")
    let run = try folio(["run", "broken.md", "-o", "out"])
    XCTAssertEqual(run.status, 1)
    XCTAssertTrue(run.stderr.contains("broken.md:8:13 [cell 2]: error: expected an expression, found end of cell"), run.stderr)
    let markdown = try String(contentsOf: directory.appendingPathComponent("out/broken.md"), encoding: .utf8)
    XCTAssertTrue(markdown.hasPrefix("> **Folio:** this notebook stopped at cell 2, broken.md:8:13:"), markdown)
  }

  func testAMalformedNotebookIsReportedWithoutCrashing() throws {
    try write("```swift\nprint(1)\n", to: "open.md")
    let run = try folio(["run", "open.md", "-o", "out"])
    XCTAssertEqual(run.status, 3)
    XCTAssertTrue(run.stderr.contains("open.md:1: error: code fence '```' opened here is never closed"), run.stderr)
  }

  func testAMissingNotebookIsReportedWithoutCrashing() throws {
    let run = try folio(["run", "nowhere.md", "-o", "out"])
    XCTAssertEqual(run.status, 4)
    XCTAssertTrue(run.stderr.contains("'nowhere.md' does not exist"), run.stderr)
  }

  // MARK: - Helpers

  private func write(_ text: String, to path: String) throws {
    try folio.write(text, to: path)
  }

  private func folio(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    try folio.run(arguments)
  }

  /// Decodes a PNG fully with libpng and returns its size.
  private func decodedSize(_ data: Data) throws -> (width: Int, height: Int) {
    var image = png_image()
    image.version = png_uint_32(PNG_IMAGE_VERSION)
    let bytes = [UInt8](data)
    guard png_image_begin_read_from_memory(&image, bytes, bytes.count) != 0 else {
      throw NSError(domain: "png", code: 1, userInfo: [NSLocalizedDescriptionKey: "not a PNG"])
    }
    image.format = png_uint_32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)  // RGBA
    var pixels = [UInt8](repeating: 0, count: Int(image.width * image.height * 4))
    guard png_image_finish_read(&image, nil, &pixels, 0, nil) != 0 else {
      throw NSError(domain: "png", code: 2, userInfo: [NSLocalizedDescriptionKey: "the PNG does not decode"])
    }
    return (Int(image.width), Int(image.height))
  }
}
