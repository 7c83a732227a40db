@testable import FolioScript
import XCTest

final class DiagnosticRendererTests: XCTestCase {
  func testAnErrorShowsItsNotebookLineTheSourceAndACaretUnderTheSpan() {
    let sources = SourceMap()
    let file = sources.add(SourceFile(path: "notebooks/hello.md", text: "let a = 1\nlet y = foo + 1\n", firstLine: 13, cell: 2))
    let diagnostic = Diagnostic(.resolve, "cannot find 'foo' in scope", at: SourceSpan(file: file, start: 18, end: 21))
    XCTAssertEqual(DiagnosticRenderer(sources: sources).render(diagnostic), """
      notebooks/hello.md:14:9 [cell 2]: error: cannot find 'foo' in scope
         14 | let y = foo + 1
            |         ^~~

      """)
  }

  func testColumnsCountCharactersNotBytes() {
    let sources = SourceMap()
    let file = sources.add(SourceFile(path: "s.swift", text: "let s = \"αβ\" + x\n"))
    let offset = Array("let s = \"αβ\" + ".utf8).count
    let rendered = DiagnosticRenderer(sources: sources).render(
      Diagnostic(.resolve, "cannot find 'x' in scope", at: SourceSpan(file: file, start: offset, end: offset + 1)))
    XCTAssertTrue(rendered.hasPrefix("s.swift:1:16: error:"), rendered)
    XCTAssertTrue(rendered.hasSuffix("  |                ^\n"), rendered)
  }
}
