import FolioScript
import ScriptTesting
import XCTest

final class SessionTests: XCTestCase {
  private func run(_ text: String, in session: Session? = nil) -> (output: String, error: String?) {
    let capture = Capture()
    return runCell(text, in: session ?? Session(output: capture), capture: capture)
  }

  func testRunawayRecursionIsAnErrorNotACrash() {
    let result = run("""
      func down(_ n: Int) -> Int { n == 0 ? 0 : 1 + down(n - 1) }
      print(down(5000))
      func forever(_ n: Int) -> Int { forever(n + 1) + 1 }
      print(forever(0))
      """)
    XCTAssertEqual(result.output, "5000\n")
    XCTAssertEqual(result.error, "stack overflow: calls nested more than 10000 deep (runaway recursion?)")
  }

  func testDeeplyNestedSourceIsAnErrorNotACrash() {
    let nested = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
    XCTAssertEqual(run("let x = \(nested)").error, "code is nested too deeply (more than 256 levels); split it up")
    let fine = String(repeating: "(", count: 100) + "1" + String(repeating: ")", count: 100)
    XCTAssertNil(run("let x = \(fine)").error)
  }

  func testARunningCellCanBeInterrupted() {
    let capture = Capture()
    let session = Session(output: capture)
    let cell = session.compile(SourceFile(path: "t.swift", text: "var n = 0\nwhile true { n += 1 }"))
    XCTAssertTrue(cell.diagnostics.isEmpty)
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { session.interpreter.interrupt() }
    XCTAssertThrowsError(try session.run(cell)) { error in
      XCTAssertEqual((error as? Diagnostic)?.message, "interrupted")
    }
    // The session stays usable after an interrupt.
    let next = session.compile(SourceFile(path: "t.swift", text: "print(n > 0)"))
    XCTAssertNoThrow(try session.run(next))
    XCTAssertEqual(capture.text, "true\n")
  }

  func testNamesPersistAcrossCellsAndMayBeRedeclaredInALaterCell() {
    let capture = Capture()
    let session = Session(output: capture)
    for text in ["let x = 1", "print(x)", "let x = \"two\"", "print(x)"] {
      XCTAssertNil(run(text, in: session).error, text)
    }
    XCTAssertEqual(capture.text, "1\ntwo\n")
  }

  func testAllCellsAreResolvedBeforeAnyRuns() {
    let session = Session(output: Capture())
    let first = session.compile(SourceFile(path: "nb.md", text: "print(1)", firstLine: 3, cell: 1))
    let second = session.compile(SourceFile(path: "nb.md", text: "print(undefinedName)", firstLine: 9, cell: 2))
    XCTAssertTrue(first.diagnostics.isEmpty)
    XCTAssertEqual(second.diagnostics.map(\.message), ["cannot find 'undefinedName' in scope"])
    XCTAssertEqual(session.renderer.location(second.diagnostics[0].span), "nb.md:9:7")
  }
}
