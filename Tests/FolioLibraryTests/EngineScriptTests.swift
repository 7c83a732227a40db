import FolioLibrary
import ScriptTesting
import XCTest

/// Runs the engine's golden scripts under Scripts/ in sessions with the engine's names, and
/// checks each against the expectations in its comments (see GoldenScript).
final class EngineScriptTests: XCTestCase {
  func testEveryEngineScriptBehavesAsItsCommentsSay() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")
    let scripts = try GoldenScript.all(under: root.path)
    XCTAssertGreaterThan(scripts.count, 3, "the engine scripts were not found under \(root.path)")
    for script in scripts {
      let expected = script.expected
      let actual = script.run { Library.makeSession(output: $0) }
      XCTAssertEqual(actual, expected, "\(script.name)")
    }
  }
}
