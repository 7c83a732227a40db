import FolioNotebook
import XCTest

final class NotebookRunnerTests: XCTestCase {
  private func render(_ text: String, path: String = "nb.md") throws -> (NotebookRunner.Result, NotebookRenderer.Rendered) {
    let result = NotebookRunner().run(try NotebookReader.parse(text, path: path))
    return (result, NotebookRenderer(name: "nb").render(result))
  }

  func testValuesPersistAcrossCellsAndOutputFollowsEachCell() throws {
    let (result, rendered) = try render("""
      Intro.

      ```swift
      let n = 2
      print("n is", n)
      ```

      Between.

      ```swift
      print(n * 21)
      ```

      """)
    XCTAssertNil(result.failure)
    XCTAssertEqual(rendered.markdown, """
      Intro.

      ```swift
      let n = 2
      print("n is", n)
      ```

      ```text
      n is 2
      ```

      Between.

      ```swift
      print(n * 21)
      ```

      ```text
      42
      ```

      """)
  }

  func testTheLastExpressionOfACellIsShownLikeJupyterShowsIt() throws {
    let (_, rendered) = try render("```swift\nlet x = 3\nx * 2\n```\n")
    XCTAssertTrue(rendered.markdown.hasSuffix("```text\n6\n```\n"), rendered.markdown)
  }

  func testACellWithoutAValueShowsNothing() throws {
    let (result, rendered) = try render("```swift\nvar x = 3\nx += 1\n```\n")
    XCTAssertEqual(result.outputs[0].items.count, 0)
    XCTAssertEqual(rendered.markdown, "```swift\nvar x = 3\nx += 1\n```\n")
  }

  func testAnUndefinedNameInALaterCellStopsTheRunBeforeAnyCellRuns() throws {
    let (result, rendered) = try render("""
      ```swift
      print("should not run")
      ```

      ```swift
      print(missing)
      ```

      """)
    XCTAssertEqual(result.failure?.cell, 2)
    XCTAssertEqual(result.failure?.location, "nb.md:6:7")
    XCTAssertFalse(result.outputs[0].ran)
    XCTAssertFalse(rendered.markdown.contains("should not run\n```"))
    XCTAssertTrue(rendered.markdown.hasPrefix(
      "> **Folio:** this notebook stopped at cell 2, nb.md:6:7: cannot find 'missing' in scope\n\n"))
    XCTAssertTrue(rendered.markdown.contains("""
      ```text
      nb.md:6:7 [cell 2]: error: cannot find 'missing' in scope
        6 | print(missing)
          |       ^~~~~~~
      ```
      """), rendered.markdown)
  }

  func testARuntimeErrorKeepsTheOutputOfEarlierCellsAndOfTheFailingCell() throws {
    let (result, rendered) = try render("""
      ```swift
      print("first")
      ```

      ```swift
      print("before")
      let xs = [1, 2]
      print(xs[5])
      print("after")
      ```

      ```swift
      print("never")
      ```

      """)
    XCTAssertEqual(result.failure?.cell, 2)
    XCTAssertTrue(rendered.markdown.contains("```text\nfirst\n```"))
    XCTAssertTrue(rendered.markdown.contains("```text\nbefore\n```"))
    XCTAssertTrue(rendered.markdown.contains("nb.md:8:7 [cell 2]: error: index 5 out of range for array of count 2"))
    XCTAssertFalse(rendered.markdown.contains("after\n"))
    XCTAssertFalse(rendered.markdown.contains("never\n```"))
    XCTAssertFalse(result.outputs[2].ran)
  }

  func testOutputContainingBackticksGetsALongerFence() throws {
    let (_, rendered) = try render("```swift\nprint(\"```\")\n```\n")
    XCTAssertTrue(rendered.markdown.hasSuffix("````text\n```\n````\n"), rendered.markdown)
  }

  func testFigureNamesDoNotShiftWhenACellIsInserted() throws {
    let plotCell = "```swift\nplot([1.0, 2.0, 4.0])\n```\n"
    let (_, before) = try render(plotCell)
    let (_, after) = try render("```swift\nprint(1)\n```\n\n" + plotCell)
    XCTAssertEqual(before.images.count, 1)
    XCTAssertEqual(before.images.map(\.name), after.images.map(\.name))
    XCTAssertTrue(after.markdown.contains("![](nb_files/\(before.images[0].name))"))
  }

  func testTheSameNotebookRendersTheSameBytes() throws {
    let text = "```swift\nsetSeed(1)\nlet t = Tensor.randn([2, 2])\nprint(t)\nplot([3.0, 1.0, 2.0], title: \"t\")\n```\n"
    let (_, first) = try render(text)
    let (_, second) = try render(text)
    XCTAssertEqual(first.markdown, second.markdown)
    XCTAssertEqual(first.images.map(\.png), second.images.map(\.png))
  }
}
