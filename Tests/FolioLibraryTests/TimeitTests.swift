@testable import FolioLibrary
import FolioScript
import ScriptTesting
import XCTest

/// `timeit { }`: IPython's loop-count rule, checked on a clock that only the body advances,
/// and IPython's line, checked on fixed timings.
final class TimeitTests: XCTestCase {
  /// A clock that stands still except when the timed body advances it.
  private final class FakeClock {
    var now = 0.0
    var calls = 0
  }

  private func measure(costing seconds: Double, runs: Int = 7, loops: Int? = nil) throws -> (TimeitResult, calls: Int) {
    let clock = FakeClock()
    let result = try Timeit(runs: runs, loops: loops, clock: { clock.now }).measure {
      clock.now += seconds
      clock.calls += 1
    }
    return (result, clock.calls)
  }

  func testTheLoopCountIsTheFirstPowerOfTenWhoseLoopTakesAFifthOfASecond() throws {
    // 3 ms a call: 1 and 10 calls take 3 and 30 ms, 100 calls take 0.3 s.
    let (fast, fastCalls) = try measure(costing: 0.003)
    XCTAssertEqual(fast.loops, 100)
    XCTAssertEqual(fastCalls, 1 + 10 + 100 + 7 * 100, "calibration loops are not among the seven runs")
    XCTAssertEqual(fast.runTimes.count, 7)
    XCTAssertEqual(fast.mean, 0.003, accuracy: 1e-12)
    XCTAssertEqual(try measure(costing: 0.2).0.loops, 1, "exactly 0.2 s is enough, as IPython's >=")
    XCTAssertEqual(try measure(costing: 0.0199).0.loops, 100)
    XCTAssertEqual(try measure(costing: 0.025).0.loops, 10)
  }

  func testRunsAndLoopsCanBeGiven() throws {
    let (result, calls) = try measure(costing: 1, runs: 3, loops: 2)
    XCTAssertEqual(result.loops, 2)
    XCTAssertEqual(result.runTimes, [1, 1, 1])
    XCTAssertEqual(calls, 6, "no calibration when loops are given")
  }

  func testDurationsAreFormattedAsIPythonFormatsThem() {
    XCTAssertEqual(TimeitResult.format(14.9), "14.9 s")
    XCTAssertEqual(TimeitResult.format(0.456), "456 ms")
    XCTAssertEqual(TimeitResult.format(0.001), "1 ms")
    XCTAssertEqual(TimeitResult.format(3.72e-6), "3.72 µs")
    XCTAssertEqual(TimeitResult.format(45.1e-9), "45.1 ns")
    XCTAssertEqual(TimeitResult.format(1.23456), "1.23 s")
    XCTAssertEqual(TimeitResult.format(0.0001234), "123 µs")
    XCTAssertEqual(TimeitResult.format(0), "0 ns")
    XCTAssertEqual(TimeitResult.format(2e-12), "0.002 ns", "nothing is smaller than ns")
    XCTAssertEqual(TimeitResult.format(0.9996), "1e+03 ms", "as Python's %.3g rounds")
    XCTAssertEqual(TimeitResult.format(75.3), "1min 15s")
    XCTAssertEqual(TimeitResult.format(3_725), "1h 2min 5s")
  }

  func testTheLineMatchesIPythonsForOneLoopAndForMany() {
    let slow = TimeitResult(loops: 1, runTimes: [14.9 - 0.456, 14.9 + 0.456])
    XCTAssertEqual(slow.description, "14.9 s ± 456 ms per loop (mean ± std. dev. of 2 runs, 1 loop each)")
    let fast = TimeitResult(loops: 100_000, runTimes: [3.72e-6, 3.72e-6])
    XCTAssertEqual(fast.description, "3.72 µs ± 0 ns per loop (mean ± std. dev. of 2 runs, 100,000 loops each)")
    let once = TimeitResult(loops: 1_234_567, runTimes: [0.5])
    XCTAssertEqual(once.description, "500 ms ± 0 ns per loop (mean ± std. dev. of 1 run, 1,234,567 loops each)")
  }

  func testACellsTimeitPrintsOneLineThatNotebookCheckersRecognise() throws {
    let capture = Capture()
    let session = Library.makeSession(output: capture)
    let cell = session.compile(SourceFile(path: "t.swift", text: """
      var calls = 0
      timeit(runs: 3, loops: 4) { calls += 1 }
      print(calls)
      """))
    XCTAssertEqual(cell.diagnostics.map(\.message), [])
    _ = try session.run(cell)
    let lines = capture.text.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 2)
    XCTAssertEqual(lines.last, "12")
    let pattern = try Regex(#"^.* per loop \(mean ± std\. dev\. of \d+ runs?, .*\)$"#)
    XCTAssertNotNil(try pattern.wholeMatch(in: lines[0]), lines[0])
    XCTAssertTrue(lines[0].hasSuffix("(mean ± std. dev. of 3 runs, 4 loops each)"), lines[0])
  }
}
