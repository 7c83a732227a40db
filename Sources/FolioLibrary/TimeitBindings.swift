import FolioScript
import Foundation

/// `timeit { … }`: IPython's `%timeit` for a cell's closure, printing the same line.
///
///     timeit { _ = a.matmul(b) }
///     // 3.72 µs ± 45.1 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)
///     timeit(runs: 3, loops: 10) { train(epoch: 0) }
///
/// `perfCounter()` is Python's `time.perf_counter()`: monotonic seconds, for timing a loop
/// by hand (`let start = perfCounter()` … `perfCounter() - start`).
///
/// Without `loops:`, the loop count is the first of 1, 10, 100, … whose loop takes at least
/// 0.2 s, as IPython chooses it; then `runs:` (default 7) further loops of that many calls are
/// timed. The mean and standard deviation are over the runs, per call.
enum TimeitBindings {
  static var globals: [String: Value] {
    [
      "timeit": .function(Bind.make(
        "timeit",
        [
          Signature.Parameter("runs", default: .int(Timeit.defaultRuns)), Signature.Parameter("loops", default: Value.none),
          Signature.Parameter(nil),
        ]
      ) { context, args, spelled in
        let runs = try Int.from(args[0])
        let loops = try Int?.from(args[1])
        guard runs >= 1 else { throw RuntimeError("\(spelled): runs: must be at least 1, got \(runs)") }
        if let loops, loops < 1 { throw RuntimeError("\(spelled): loops: must be at least 1, got \(loops)") }
        let closure = args[2]
        let result = try Timeit(runs: runs, loops: loops).measure { _ = try context.call(closure, []) }
        context.output.write(result.description + "\n")
        return .void
      }),
      "perfCounter": .function(Bind.function("perfCounter") { Timeit.monotonicSeconds() }),
    ]
  }
}

/// Times a body as IPython's `%timeit` does; the clock is injectable so tests need not wait.
struct Timeit {
  static let defaultRuns = 7
  /// IPython's threshold for choosing the loop count, in seconds.
  static let calibrationTime = 0.2
  /// IPython tries at most 10⁹ calls per loop, whatever the body costs.
  static let maxLoopsExponent = 9

  var runs = defaultRuns
  /// The calls per run; nil chooses it from the body's speed.
  var loops: Int?
  /// Monotonic time in seconds.
  var clock: () -> Double = Timeit.monotonicSeconds

  /// Calibrates the loop count if needed, then times `runs` loops.
  func measure(_ body: () throws -> Void) throws -> TimeitResult {
    let count = try loops ?? calibrate(body)
    var totals: [Double] = []
    for _ in 0..<runs {
      totals.append(try time(count, body))
    }
    return TimeitResult(loops: count, runTimes: totals.map { $0 / Double(count) })
  }

  /// The first power of ten whose loop takes at least `calibrationTime`; these loops are
  /// not among the timed runs, as in IPython.
  private func calibrate(_ body: () throws -> Void) throws -> Int {
    var count = 1
    for exponent in 0...Self.maxLoopsExponent {
      count = Int(pow(10, Double(exponent)))
      if try time(count, body) >= Self.calibrationTime { break }
    }
    return count
  }

  private func time(_ count: Int, _ body: () throws -> Void) throws -> Double {
    let start = clock()
    for _ in 0..<count {
      try body()
    }
    return clock() - start
  }

  static func monotonicSeconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
  }
}

/// The seconds per call of each run, and how IPython prints them.
struct TimeitResult: CustomStringConvertible {
  /// The calls in each run.
  let loops: Int
  /// Seconds per call, one entry per run.
  let runTimes: [Double]

  var mean: Double { runTimes.reduce(0, +) / Double(runTimes.count) }

  /// The population standard deviation, as IPython's `TimeitResult.stdev`.
  var standardDeviation: Double {
    let mean = self.mean
    return (runTimes.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(runTimes.count)).squareRoot()
  }

  /// `3.72 µs ± 45.1 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)`.
  var description: String {
    let runs = runTimes.count
    return "\(Self.format(mean)) ± \(Self.format(standardDeviation)) per loop (mean ± std. dev. of \(runs) "
      + "run\(runs == 1 ? "" : "s"), \(Self.grouped(loops)) loop\(loops == 1 ? "" : "s") each)"
  }

  /// A duration as IPython's `_format_time`: three significant digits in s, ms, µs or ns,
  /// or `1min 15s` from a minute up.
  static func format(_ seconds: Double) -> String {
    if seconds >= 60 {
      var parts: [String] = []
      var leftover = seconds
      for (suffix, length) in [("d", 86_400.0), ("h", 3_600), ("min", 60), ("s", 1)] {
        let value = Int(leftover / length)
        if value > 0 {
          leftover = leftover.truncatingRemainder(dividingBy: length)
          parts.append("\(value)\(suffix)")
        }
        if leftover < 1 { break }
      }
      return parts.joined(separator: " ")
    }
    let units = ["s", "ms", "µs", "ns"]
    // The unit puts the value in [1, 1000): order 1 is ms for 1e-3 ≤ t < 1, and so on.
    // Python's `//` floors, hence the floor of a negative division.
    let order = seconds > 0 ? min(-Int((log10(seconds).rounded(.down) / 3).rounded(.down)), 3) : 3
    let scaled = seconds * pow(1000, Double(order))
    return String(format: "%.3g", scaled) + " " + units[order]
  }

  /// An integer with thousands separators, as Python's `{:,}`.
  static func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return text
  }
}
