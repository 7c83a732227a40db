import FolioNotebook
import XCTest

final class PageTests: XCTestCase {
  private func render(_ text: String) throws -> NotebookRenderer.Rendered {
    NotebookRenderer(name: "nb").render(NotebookRunner().run(try NotebookReader.parse(text, path: "nb.md")))
  }

  func testEchoOutputAndEvalDecideWhatIsShown() throws {
    let rendered = try render("""
      ```swift
      //| echo: false
      print("shown output")
      ```

      ```swift
      //| output: false
      print("hidden output")
      ```

      ```swift
      //| eval: false
      print("not run")
      ```

      """)
    XCTAssertEqual(rendered.markdown, """
      ```text
      shown output
      ```

      ```swift
      print("hidden output")
      ```

      ```swift
      print("not run")
      ```

      """)
  }

  func testLongOutputIsTruncatedAndSavedWhole() throws {
    let rendered = try render("```swift\n//| label: count\nfor i in 1...61 { print(i) }\n```\n")
    let shown = (1...30).map(String.init) + ["… 21 lines omitted …"] + (52...61).map(String.init)
    XCTAssertEqual(rendered.markdown, """
      ```swift
      for i in 1...61 { print(i) }
      ```

      ```text
      \(shown.joined(separator: "\n"))
      ```

      [Full output](nb_files/count.txt)

      """)
    XCTAssertEqual(rendered.texts.map(\.name), ["count.txt"])
    XCTAssertEqual(rendered.texts.first?.text, (1...61).map { "\($0)\n" }.joined())
  }

  func testSixtyLinesAreShownWhole() throws {
    let rendered = try render("```swift\nfor i in 1...60 { print(i) }\n```\n")
    XCTAssertTrue(rendered.texts.isEmpty)
    XCTAssertTrue(rendered.markdown.contains("\n60\n```\n"))
  }

  func testFiguresAreNamedFromTheLabelAndCaptionedAndSized() throws {
    let rendered = try render("""
      ```swift
      //| label: fig-loss
      //| fig-cap: Training loss
      //| fig-width: 3
      //| fig-height: 2
      //| fig-dpi: 50
      plot([1.0, 2.0])
      plot([3.0, 1.0])
      ```

      ```swift
      plot([1.0])
      ```

      """)
    XCTAssertEqual(rendered.images.count, 2)
    XCTAssertEqual(rendered.images[0].name, "fig-loss-1.png")
    XCTAssertTrue(rendered.markdown.contains("![Training loss](nb_files/fig-loss-1.png)"), rendered.markdown)
    // 3 × 2 inches at 50 dpi; the next cell is back to matplotlib's 6.4 × 4.8 at 100.
    XCTAssertEqual(rendered.images[0].png[16..<24].map { $0 }, [0, 0, 0, 150, 0, 0, 0, 100])
    XCTAssertEqual(rendered.images[1].png[16..<24].map { $0 }, [0, 0, 2, 128, 0, 0, 1, 224])
  }

  func testAVolatileCellsOutputFenceIsMarked() throws {
    let rendered = try render("```swift\n//| volatile: true\nprint(1)\n```\n")
    XCTAssertTrue(rendered.markdown.hasSuffix("```text volatile\n1\n```\n"), rendered.markdown)
  }

  func testTheFailureBannerGoesAfterTheFrontMatter() throws {
    let rendered = try render("---\ntitle: T\n---\n```swift\nprint([1][3])\n```\n")
    XCTAssertTrue(rendered.markdown.hasPrefix("---\ntitle: T\n---\n> **Folio:** this notebook stopped at cell 1, nb.md:5:7:"), rendered.markdown)
  }
}
