@testable import FolioNotebook
import XCTest

final class HTMLTests: XCTestCase {
  private let markdown = MarkdownHTML { "data:" + $0 }

  func testBlocks() {
    XCTAssertEqual(markdown.html("# Title #\n\nOne\nparagraph.\n\n---\n> quoted *text*\n"), """
      <h1>Title</h1>
      <p>One
      paragraph.</p>
      <hr>
      <blockquote>
      <p>quoted <em>text</em></p>
      </blockquote>

      """)
  }

  func testListsTightLooseAndNested() {
    XCTAssertEqual(markdown.html("- a\n- b\n  - c\n\n3. x\n4. y\n"), """
      <ul>
      <li>a</li>
      <li>b
      <ul>
      <li>c</li>
      </ul></li>
      </ul>
      <ol start="3">
      <li>x</li>
      <li>y</li>
      </ol>

      """)
  }

  func testInlineElements() {
    XCTAssertEqual(
      markdown.inline(#"**b** _e_ snake_case `a<b` [l](https://x.org "t") ![i](p.png) <https://y.org> \*x\*"#),
      #"<strong>b</strong> <em>e</em> snake_case <code>a&lt;b</code> <a href="https://x.org">l</a> <img src="data:p.png" alt="i"> <a href="https://y.org">https://y.org</a> *x*"#)
  }

  func testTablesAndFencedCode() {
    XCTAssertEqual(markdown.html("| a | b |\n|:-:|---|\n| 1 | 2 |\n\n```python\nx = 1 < 2\n```\n"), """
      <table>
      <thead>
      <tr><th style="text-align:center">a</th><th>b</th></tr>
      </thead>
      <tbody>
      <tr><td style="text-align:center">1</td><td>2</td></tr>
      </tbody>
      </table>
      <pre><code class="language-python">x = 1 &lt; 2</code></pre>

      """)
  }

  func testSwiftHighlighting() {
    XCTAssertEqual(
      SwiftHighlighter.html("let x: Int = 1..<3 // note\nprint(\"a\\\"b\")"),
      #"<span class="keyword">let</span> x: <span class="type">Int</span> = <span class="number">1</span>..&lt;<span class="number">3</span> <span class="comment">// note</span>"#
        + "\n" + #"print(<span class="string">&quot;a\&quot;b&quot;</span>)"#)
  }

  func testAPageIsSelfContained() throws {
    let notebook = try NotebookReader.parse("---\ntitle: Demo\n---\n# Hi\n```swift\nplot([1.0, 2.0])\n```\n", path: "nb.md")
    let page = NotebookRenderer(name: "nb").page(NotebookRunner().run(notebook))
    let html = HTMLRenderer(name: "nb").render(page)
    XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
    XCTAssertTrue(html.contains("<title>Demo</title>"))
    XCTAssertTrue(html.contains("<img src=\"data:image/png;base64,iVBORw0KGgo"))
    XCTAssertFalse(html.contains("title: Demo"), "front matter is not shown")
    XCTAssertFalse(html.contains("src=\"nb_files"))
  }
}
