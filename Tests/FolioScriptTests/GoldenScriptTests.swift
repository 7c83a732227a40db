import FolioScript
import XCTest

/// Runs every script under Scripts/ and checks it against the expectations in its comments.
///
/// A script states what it must do in comments, in the style of Crafting Interpreters' tests:
///
///     print(1 + 2)  // expect: 3
///     let y = x     // expect error 2:9: cannot find 'x' in scope
///     print(1 / 0)  // expect runtime error 3:9: division by zero
///
/// `expect:` lines give the printed output in order. An `expect error` line names the line,
/// column and message of a compile-time diagnostic (all of them must be listed); an
/// `expect runtime error` line names the error that stops the run after the output above it.
final class GoldenScriptTests: XCTestCase {
  func testEveryGoldenScriptBehavesAsItsCommentsSay() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")
    let scripts = try FileManager.default.subpathsOfDirectory(atPath: root.path)
      .filter { $0.hasSuffix(".swift") }.sorted()
    XCTAssertGreaterThan(scripts.count, 10, "the golden scripts were not found under \(root.path)")
    for script in scripts {
      let text = try String(contentsOf: root.appendingPathComponent(script), encoding: .utf8)
      check(script: script, text: text)
    }
  }

  private func check(script: String, text: String) {
    let expected = Expectations(text)
    let output = Capture()
    let session = Session(output: output)
    let cell = session.compile(SourceFile(path: script, text: text))
    let compileErrors = cell.diagnostics.map { describe($0, session) }.sorted()
    XCTAssertEqual(compileErrors, expected.compileErrors.sorted(), "compile errors of \(script)")
    guard cell.diagnostics.isEmpty else { return }

    var runtimeError: String?
    do {
      _ = try session.run(cell)
    } catch {
      runtimeError = describe(error, session)
    }
    XCTAssertEqual(output.text, expected.output, "output of \(script)")
    XCTAssertEqual(runtimeError, expected.runtimeError, "runtime error of \(script)")
  }

  private func describe(_ diagnostic: Diagnostic, _ session: Session) -> String {
    let (line, column) = session.sources[diagnostic.span].location(of: diagnostic.span.start)
    return "\(line):\(column): \(diagnostic.message)"
  }
}

/// The expectations written in a script's comments.
private struct Expectations {
  var output = ""
  var compileErrors: [String] = []
  var runtimeError: String?

  init(_ text: String) {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if let range = line.range(of: "// expect: ") {
        output += line[range.upperBound...] + "\n"
      } else if let range = line.range(of: "// expect runtime error ") {
        runtimeError = String(line[range.upperBound...])
      } else if let range = line.range(of: "// expect error ") {
        compileErrors.append(String(line[range.upperBound...]))
      }
    }
  }
}

/// An output sink that keeps printed text.
final class Capture: OutputSink {
  var text = ""
  var images: [DisplayImage] = []
  func write(_ text: String) { self.text += text }
  func display(_ image: DisplayImage) { images.append(image) }
}
