import FolioScript
import ScriptTesting
import XCTest

/// Engine objects that `for` loops can iterate, and trailing closures passed to engine
/// functions. The golden scripts cannot cover these: they run without engine names.
final class HostSequenceTests: XCTestCase {
  /// A session with `countdown(n)`, a host sequence that logs each step to the output, and
  /// `repeatBody(times:extra:_:)`, which calls its closure `times` times.
  private func run(_ text: String) -> (output: String, error: String?) {
    let capture = Capture()
    let countdownType = HostType(name: "Countdown") { _ in "Countdown" }
    countdownType.makeIterator = { object in
      var next = unsafeDowncast(object, to: Countdown.self).start
      return HostIterator(
        next: {
          capture.write("[next]")
          defer { next -= 1 }
          return next > 0 ? .int(next) : nil
        },
        finish: { capture.write("[finish]\n") })
    }
    let countdown = Function("countdown", Signature([Signature.Parameter(nil)])) { _, args in
      guard case .int(let start) = args[0] else { throw RuntimeError("countdown needs an Int") }
      return .object(HostObject(Countdown(start: start), type: countdownType))
    }
    let repeatBody = Function(
      "repeatBody",
      Signature([
        Signature.Parameter("times", default: .int(2)), Signature.Parameter("extra", default: .int(0)),
        Signature.Parameter(nil),
      ])
    ) { context, args in
      guard case .int(let times) = args[0], case .int(let extra) = args[1] else { throw RuntimeError("bad counts") }
      for _ in 0..<(times + extra) { _ = try context.call(args[2], []) }
      return .void
    }
    let session = Session(output: capture, globals: ["countdown": .function(countdown), "repeatBody": .function(repeatBody)])
    return runCell(text, in: session, capture: capture)
  }

  func testAForLoopAsksAHostSequenceForOneElementPerIteration() {
    let result = run("for n in countdown(3) { print(n) }")
    XCTAssertEqual(result.output, "[next]3\n[next]2\n[next]1\n[next][finish]\n")
    XCTAssertNil(result.error)
  }

  func testAHostSequenceIsToldWhenTheLoopIsLeftEarly() {
    XCTAssertEqual(run("for n in countdown(3) { if n == 2 { break }\nprint(n) }").output, "[next]3\n[next][finish]\n")
    XCTAssertEqual(run("func f() -> Int { for n in countdown(3) { return n }\nreturn 0 }\nprint(f())").output, "[next][finish]\n3\n")
    let thrown = run("struct E: Error {}\nfor n in countdown(3) { print(n)\nthrow E() }")
    XCTAssertEqual(thrown.output, "[next]3\n[finish]\n")
    XCTAssertNotNil(thrown.error)
  }

  func testLoopsOverHostSequencesDestructureAndFilterAsOtherLoops() {
    let result = run("var total = 0\nfor n in countdown(4) where n % 2 == 0 { total += n }\nprint(total)")
    XCTAssertEqual(result.output, "[next][next][next][next][next][finish]\n6\n")
  }

  func testATrailingClosurePassesOverDefaultedParametersAsInSwift() {
    XCTAssertEqual(run("var n = 0\nrepeatBody { n += 1 }\nprint(n)").output, "2\n")
    XCTAssertEqual(run("var n = 0\nrepeatBody(times: 3) { n += 1 }\nprint(n)").output, "3\n")
    XCTAssertEqual(run("var n = 0\nrepeatBody(extra: 1) { n += 1 }\nprint(n)").output, "3\n")
    XCTAssertEqual(run("var n = 0\nrepeatBody(times: 1, extra: 1) { n += 1 }\nprint(n)").output, "2\n")
  }
}

private final class Countdown {
  let start: Int
  init(start: Int) { self.start = start }
}
