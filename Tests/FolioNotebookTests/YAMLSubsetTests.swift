import FolioNotebook
import XCTest

final class YAMLSubsetTests: XCTestCase {
  private func parse(_ text: String) throws -> [YAMLSubset.Entry] {
    try YAMLSubset.parse(text, firstLine: 2, path: "nb.md")
  }

  private func error(_ text: String) -> String {
    do {
      _ = try parse(text)
      return "no error"
    } catch {
      return String(describing: error)
    }
  }

  func testScalarsAreTypedAndQuotedTextIsAlwaysAString() throws {
    let entries = try parse("""
      a: 3
      b: -0.5
      c: true
      d: plain text # a comment
      e: "3"
      f: 'it''s'
      g: "tab\\there # not a comment"
      h: 1e-3
      """)
    XCTAssertEqual(entries.map(\.key), ["a", "b", "c", "d", "e", "f", "g", "h"])
    XCTAssertEqual(entries.map(\.value), [
      .scalar(.int(3)), .scalar(.double(-0.5)), .scalar(.bool(true)), .scalar(.string("plain text")),
      .scalar(.string("3")), .scalar(.string("it's")), .scalar(.string("tab\there # not a comment")),
      .scalar(.double(0.001)),
    ])
    XCTAssertEqual(entries.map(\.line), [2, 3, 4, 5, 6, 7, 8, 9])
  }

  func testAMappingNestsOneLevelUnderItsKey() throws {
    let entries = try parse("title: T\n\noptions:\n  # defaults\n  echo: false\n  timeout: 5\nnext: 1\n")
    XCTAssertEqual(entries.count, 3)
    XCTAssertEqual(entries[1].value, .mapping([
      .init(key: "echo", value: .scalar(.bool(false)), line: 6), .init(key: "timeout", value: .scalar(.int(5)), line: 7),
    ]))
  }

  func testMalformedInputIsAnErrorAtItsLine() {
    XCTAssertEqual(error("a: 1\nb\n"), "nb.md:3: error: expected 'key: value', found 'b'")
    XCTAssertEqual(error("a: 1\na: 2\n"), "nb.md:3: error: 'a' is given twice (first on line 2)")
    XCTAssertEqual(error("a: \"open\n"), "nb.md:2: error: the string is missing its closing \"")
    XCTAssertEqual(error("  a: 1\n"), "nb.md:2: error: unexpected indentation; only the lines under a 'key:' line are indented")
    XCTAssertEqual(error("o:\n  a: 1\n   b: 2\n"), "nb.md:4: error: inconsistent indentation under 'o'; indent every line the same")
    XCTAssertEqual(error("o:\n  a:\n"), "nb.md:3: error: 'a' has no value; front matter nests one level only, as in 'options:' then '  echo: false'")
    XCTAssertEqual(error("o:\nb: 1\n"), "nb.md:2: error: 'o' has no value; write 'key: value' or indent a mapping under it")
    XCTAssertEqual(error("tags:\n  - a\n"), "nb.md:3: error: lists are not supported in front matter; use a mapping of 'key: value' lines")
    XCTAssertEqual(error("tags: [a, b]\n"), "nb.md:2: error: '[a, b]' uses YAML that front matter does not support; write a plain or quoted scalar")
    XCTAssertEqual(error("o:\n\ta: 1\n"), "nb.md:3: error: indent front matter with spaces, not tabs")
  }
}
