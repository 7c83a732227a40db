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

final class NotebookRunnerErrorTests: XCTestCase {
  private func run(_ text: String, settings: NotebookRunner.Settings = .init()) throws -> NotebookRunner.Result {
    NotebookRunner(settings: settings).run(try NotebookReader.parse(text, path: "nb.md"))
  }

  func testAnExpectedErrorIsShownAndTheRunContinues() throws {
    let result = try run("```swift\n//| error: expected\nprint([1][2])\n```\n```swift\nprint(\"next\")\n```\n")
    XCTAssertNil(result.failure)
    XCTAssertEqual(result.outputs.map(\.status), [.expectedError, .ok])
    XCTAssertEqual(result.outputs[0].error?.hasPrefix("nb.md:3:7 [cell 1]: error: index 2 out of range"), true)
  }

  func testATimeoutInterruptsTheCellKeepsItsOutputAndStopsTheRun() throws {
    let result = try run("```swift\n//| timeout: 0.3\nprint(\"partial\")\nwhile true {}\n```\n```swift\nprint(1)\n```\n")
    XCTAssertEqual(result.failure?.timedOut, true)
    XCTAssertEqual(result.outputs.map(\.status), [.timedOut, .notRun])
    XCTAssertEqual(result.outputs[0].items.count, 1)
    XCTAssertGreaterThan(result.outputs[0].duration, 0.25)
    XCTAssertEqual(
      result.failure?.message, "the cell timed out after 0.3 s and was interrupted here")
  }

  func testTheCommandLineTimeoutAppliesWhenTheCellSetsNone() throws {
    let result = try run("```swift\nwhile true {}\n```\n", settings: .init(timeout: 0.2))
    XCTAssertEqual(result.outputs[0].status, .timedOut)
  }

  func testAllowErrorsRunsTheCellsAfterAFailure() throws {
    let result = try run(
      "```swift\nprint([1][2])\n```\n```swift\nprint(\"ran\")\n```\n", settings: .init(allowErrors: true))
    XCTAssertEqual(result.outputs.map(\.status), [.failed, .ok])
    XCTAssertTrue(result.continuedPastFailure)
    XCTAssertEqual(result.failure?.cell, 1)
  }

  func testUnevaluatedCellsAreSkippedAndPeakMemoryIsRecorded() throws {
    let result = try run("```swift no_run\nprint(missing)\n```\n```swift\nprint(1)\n```\n")
    XCTAssertNil(result.failure)
    XCTAssertEqual(result.outputs.map(\.status), [.skipped, .ok])
    XCTAssertGreaterThan(result.outputs[1].peakMemoryKiB, 0)
  }
}
