import FolioNotebook
import XCTest

final class NotebookReaderTests: XCTestCase {
  func testSwiftFencesBecomeCellsAndEverythingElseStaysProse() throws {
    let text = """
      # Title

      ```swift
      let a = 1
      ```

      ```python
      print("not a cell")
      ```

      ~~~swift no_run
      let b = 2
      ~~~
      Done.

      """
    let notebook = try NotebookReader.parse(text, path: "n.md")
    XCTAssertEqual(notebook.cells.map(\.source), ["let a = 1\n", "let b = 2\n"])
    XCTAssertEqual(notebook.cells.map(\.number), [1, 2])
    XCTAssertEqual(notebook.cells.map(\.firstLine), [4, 12])
    guard case .prose(let middle) = notebook.blocks[2] else { return XCTFail("expected prose") }
    XCTAssertTrue(middle.contains("```python\nprint(\"not a cell\")\n```\n"))
  }

  func testProseAndFencesAreKeptByteForByte() throws {
    let text = "Intro\r\n```swift\r\nlet a = 1\r\n```\r\n  Indented *prose*\n"
    let notebook = try NotebookReader.parse(text, path: "n.md")
    var rebuilt = ""
    for block in notebook.blocks {
      switch block {
      case .prose(let prose): rebuilt += prose
      case .code(let cell): rebuilt += cell.openingFence + cell.source + cell.closingFence
      }
    }
    XCTAssertEqual(rebuilt, text)
  }

  func testAClosingFenceMustBeAtLeastAsLongAsTheOpeningOne() throws {
    let text = "````swift\nlet s = \"```\"\n```\n````\n"
    let notebook = try NotebookReader.parse(text, path: "n.md")
    XCTAssertEqual(notebook.cells.map(\.source), ["let s = \"```\"\n```\n"])
  }

  func testAFenceIndentedFourSpacesIsNotAFence() throws {
    let notebook = try NotebookReader.parse("    ```swift\n    let a = 1\n    ```\n", path: "n.md")
    XCTAssertTrue(notebook.cells.isEmpty)
  }

  func testAnUnclosedFenceIsReportedAtTheLineThatOpensIt() {
    let text = "# T\n\n```swift\nlet a = 1\n"
    XCTAssertThrowsError(try NotebookReader.parse(text, path: "n.md")) { error in
      XCTAssertEqual(
        String(describing: error),
        "n.md:3: error: code fence '```' opened here is never closed; add a closing '```' line")
    }
  }

  func testInvalidUTF8IsReportedWithItsLine() {
    let bytes = Array("ok\nfine\n".utf8) + [0xFF, 0xFE] + Array("\n".utf8)
    XCTAssertThrowsError(try NotebookReader.read(bytes, path: "n.md")) { error in
      XCTAssertEqual(
        String(describing: error), "n.md:3: error: the file is not valid UTF-8; save it as UTF-8 and run again")
    }
  }
}
