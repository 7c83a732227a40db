import FolioScript
import ScriptTesting
import XCTest

/// Runs every script under Scripts/ and checks it against the expectations in its comments
/// (see GoldenScript for the comment syntax).
final class GoldenScriptTests: XCTestCase {
  func testEveryGoldenScriptBehavesAsItsCommentsSay() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")
    let scripts = try GoldenScript.all(under: root.path)
    XCTAssertGreaterThan(scripts.count, 10, "the golden scripts were not found under \(root.path)")
    for script in scripts {
      let expected = script.expected
      let actual = script.run { Session(output: $0) }
      XCTAssertEqual(actual.compileErrors, expected.compileErrors, "compile errors of \(script.name)")
      guard actual.compileErrors.isEmpty else { continue }
      XCTAssertEqual(actual.output, expected.output, "output of \(script.name)")
      XCTAssertEqual(actual.runtimeError, expected.runtimeError, "runtime error of \(script.name)")
    }
  }
}
