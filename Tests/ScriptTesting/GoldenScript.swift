import FolioScript
import Foundation

/// A script whose comments state what it must do, in the style of Crafting Interpreters' tests:
///
///     print(1 + 2)  // expect: 3
///     let y = x     // expect error 2:9: cannot find 'x' in scope
///     print(1 / 0)  // expect runtime error 3:9: division by zero
///
/// `expect:` lines give the printed output in order. An `expect error` line names the line,
/// column and message of a compile-time diagnostic (all of them must be listed); an
/// `expect runtime error` line names the error that stops the run after the output above it.
public struct GoldenScript {
  /// The path under the scripts directory, for messages.
  public let name: String
  public let text: String

  /// Every `.swift` file under `directory`, sorted by path.
  public static func all(under directory: String) throws -> [GoldenScript] {
    let root = URL(fileURLWithPath: directory)
    return try FileManager.default.subpathsOfDirectory(atPath: directory).filter { $0.hasSuffix(".swift") }.sorted()
      .map { GoldenScript(name: $0, text: try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
  }

  /// What the comments expect.
  public var expected: Outcome {
    var outcome = Outcome()
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if let range = line.range(of: "// expect: ") {
        outcome.output += line[range.upperBound...] + "\n"
      } else if let range = line.range(of: "// expect runtime error ") {
        outcome.runtimeError = String(line[range.upperBound...])
      } else if let range = line.range(of: "// expect error ") {
        outcome.compileErrors.append(String(line[range.upperBound...]))
      }
    }
    outcome.compileErrors.sort()
    return outcome
  }

  /// What the script does in a session made by `makeSession`.
  public func run(_ makeSession: (OutputSink) -> Session) -> Outcome {
    let capture = Capture()
    let session = makeSession(capture)
    let cell = session.compile(SourceFile(path: name, text: text))
    var outcome = Outcome()
    outcome.compileErrors = cell.diagnostics.map { describe($0, session) }.sorted()
    guard cell.diagnostics.isEmpty else { return outcome }
    do {
      _ = try session.run(cell)
    } catch {
      outcome.runtimeError = describe(error, session)
    }
    outcome.output = capture.text
    return outcome
  }

  private func describe(_ diagnostic: Diagnostic, _ session: Session) -> String {
    let (line, column) = session.sources[diagnostic.span].location(of: diagnostic.span.start)
    return "\(line):\(column): \(diagnostic.message)"
  }

  /// What a script printed, and the errors that stopped it.
  public struct Outcome: Equatable {
    public var output = ""
    public var compileErrors: [String] = []
    public var runtimeError: String?
  }
}

/// An output sink that keeps printed text and displayed images.
public final class Capture: OutputSink {
  public var text = ""
  public var images: [DisplayImage] = []
  public init() {}
  public func write(_ text: String) { self.text += text }
  public func display(_ image: DisplayImage) { images.append(image) }
}

/// Compiles and runs one cell in `session`: what `capture` holds afterwards, and the message
/// of the first compile or runtime error, if any.
public func runCell(_ text: String, in session: Session, capture: Capture) -> (output: String, error: String?) {
  let cell = session.compile(SourceFile(path: "t.swift", text: text))
  if let first = cell.diagnostics.first { return (capture.text, first.message) }
  do {
    _ = try session.run(cell)
    return (capture.text, nil)
  } catch {
    return (capture.text, error.message)
  }
}
