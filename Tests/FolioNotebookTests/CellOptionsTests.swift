import FolioNotebook
import XCTest

final class CellOptionsTests: XCTestCase {
  private func notebook(_ text: String) throws -> Notebook { try NotebookReader.parse(text, path: "nb.md") }

  private func error(_ text: String) -> String {
    do {
      _ = try notebook(text)
      return "no error"
    } catch {
      return String(describing: error)
    }
  }

  func testOptionLinesAreReadAndStrippedFromTheCode() throws {
    let cell = try notebook("""
      ```swift
      //| label: fig-loss
      //| fig-cap: "Training loss"
      //| echo: false
      //| timeout: 2.5
      //| error: expected
      //| fig-width: 7
      let x = 1 //| not an option line
      ```

      """).cells[0]
    XCTAssertEqual(cell.source, "let x = 1 //| not an option line\n")
    XCTAssertEqual(cell.firstLine, 8)
    XCTAssertEqual(cell.id, "fig-loss")
    XCTAssertEqual(cell.options.figureCaption, "Training loss")
    XCTAssertFalse(cell.options.echo)
    XCTAssertEqual(cell.options.timeout, 2.5)
    XCTAssertEqual(cell.options.error, .expected)
    XCTAssertEqual(cell.options.figureWidth, 7)
  }

  func testFenceFlagsAndFrontMatterDefaultsAreOverriddenByOptionLines() throws {
    let cells = try notebook("""
      ---
      options:
        output: false
        timeout: 10
      ---
      ```swift no_run echo=false
      a
      ```
      ```swift
      //| output: true
      b
      ```

      """).cells
    XCTAssertFalse(cells[0].options.eval)
    XCTAssertFalse(cells[0].options.echo)
    XCTAssertFalse(cells[0].options.output)
    XCTAssertEqual(cells[0].options.timeout, 10)
    XCTAssertTrue(cells[1].options.output)
    XCTAssertTrue(cells[1].options.eval)
  }

  func testCellIdsAreLabelsOrHashesThatDoNotDependOnPosition() throws {
    let first = try notebook("```swift\nplot([1.0])\n```\n").cells[0].id
    let shifted = try notebook("```swift\nprint(0)\n```\n```swift\nplot([1.0])\n```\n").cells[1].id
    XCTAssertEqual(first, shifted)
    XCTAssertTrue(first.hasPrefix("cell-"))
    let twins = try notebook("```swift\nf()\n```\n```swift\nf()\n```\n").cells.map(\.id)
    XCTAssertEqual(twins[1], twins[0] + "-2")
  }

  func testUnknownOptionsAndBadValuesNameTheFileAndLine() {
    XCTAssertEqual(
      error("# T\n```swift\n//| colour: red\n```\n"),
      "nb.md:3: error: unknown cell option 'colour'; the options are label, echo, output, eval, error, timeout, fig-cap, fig-width, fig-height, fig-dpi, parameters, volatile")
    XCTAssertEqual(error("```swift\n//| echo: maybe\n```\n"), "nb.md:2: error: echo must be true or false, not 'maybe'")
    XCTAssertEqual(error("```swift\n//| timeout: -1\n```\n"), "nb.md:2: error: timeout must be more than 0 seconds, not -1")
    XCTAssertEqual(error("```swift\n//| error: sometimes\n```\n"), "nb.md:2: error: error must be 'expected' or false, not 'sometimes'")
    XCTAssertEqual(error("```swift\n//| label: a b\n```\n"), "nb.md:2: error: label must be letters, digits, '-' and '_' (it names files), not 'a b'")
    XCTAssertEqual(error("\n```swift fast\n```\n"), "nb.md:2: error: fence flag 'fast': unknown cell option 'fast'; the options are label, echo, output, eval, error, timeout, fig-cap, fig-width, fig-height, fig-dpi, parameters, volatile")
    XCTAssertEqual(
      error("```swift\n//| label: a\n```\n```swift\n//| label: a\n```\n"),
      "nb.md:6: error: label 'a' is already used by the cell on line 3")
    XCTAssertEqual(error("---\noptions:\n  label: x\n---\n"), "nb.md:3: error: 'label' describes a single cell; set it with '//| label: …' in that cell")
    XCTAssertEqual(error("---\noptions:\n  eval: 1\n---\n"), "nb.md:3: error: eval must be true or false, not '1'")
    XCTAssertEqual(error("---\ntitle: x\n"), "nb.md:1: error: front matter opened here with '---' is never closed; end it with a '---' line")
  }

  func testFrontMatterIsKeptAsProseAndGivesTheTitle() throws {
    let text = "---\ntitle: \"Lecture 2\"\nauthor: Ann\n---\n\n# Hi\n"
    let read = try notebook(text)
    XCTAssertEqual(read.frontMatter?.title, "Lecture 2")
    XCTAssertEqual(read.blocks, [.prose("---\ntitle: \"Lecture 2\"\nauthor: Ann\n---\n"), .prose("\n# Hi\n")])
  }
}
