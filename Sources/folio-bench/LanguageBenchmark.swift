import FolioLibrary
import FolioScript
import FolioTensor
import Glibc

/// The cell language's speed figures, with CPython's for the same loop measured in the same run.
///
///     .build/release/folio-bench language
///
/// Each figure is the best of several runs, which on a shared two-core machine is the one
/// least disturbed by other work.
enum LanguageBenchmark {
  static func run() throws {
    print("Cell language (release build; best of \(repeats) runs)")
    let loop = try seconds(of: "var s = 0\nfor i in 0..<10_000_000 {\n  s = s + i * 2\n}")
    print(row("for-loop `s = s + i * 2`", String(format1(loop * 1e9 / 10_000_000)) + " ns/iteration", "target ≤ 40"))
    let fib = try seconds(of: "func fib(_ n: Int) -> Int {\n  if n < 2 { return n }\n  return fib(n - 1) + fib(n - 2)\n}\nlet f = fib(27)")
    print(row("recursive fib(27)", String(format2(fib)) + " s", "target ≤ 1 s"))

    // A cell calling a native method on a one-element tensor, against the same loop
    // without the call and against calling the method straight from Swift.
    let calls = 1_000_000
    let withCall = try seconds(of: "let t = Tensor.zeros([1])\nvar s = 0.0\nfor _ in 0..<\(calls) {\n  s = s + t.item()\n}")
    let withoutCall = try seconds(of: "var s = 0.0\nfor _ in 0..<\(calls) {\n  s = s + 1.0\n}")
    let direct = try directItemSeconds(calls)
    let overhead = (withCall - withoutCall - direct) * 1e6 / Double(calls)
    print(row("native method call from a cell", String(format2(overhead)) + " µs beyond the method", "target ≤ 0.5"))

    if let python = cpythonNanoseconds() {
      print(row("CPython, same loop in a function", String(format1(python.function)) + " ns/iteration", "peer"))
      print(row("CPython, same loop at module level", String(format1(python.module)) + " ns/iteration", "peer"))
    } else {
      print("CPython: python3 not found, peer figures skipped")
    }
  }

  static let repeats = 5

  /// The best wall time of running `source` as a cell in a fresh session.
  private static func seconds(of source: String) throws -> Double {
    var best = Double.infinity
    for _ in 0..<repeats {
      let session = Library.makeSession(output: DiscardedOutput())
      let cell = session.compile(SourceFile(path: "bench.swift", text: source))
      guard cell.diagnostics.isEmpty else { throw RuntimeError(session.renderer.render(cell.diagnostics)) }
      let start = now()
      _ = try session.run(cell)
      best = min(best, now() - start)
    }
    return best
  }

  private static func directItemSeconds(_ count: Int) throws -> Double {
    let tensor = try Tensor.zeros([1])
    var best = Double.infinity
    for _ in 0..<repeats {
      var sum = 0.0
      let start = now()
      for _ in 0..<count { sum += try tensor.item() }
      best = min(best, now() - start)
      if sum != 0 { print("unexpected sum \(sum)") }
    }
    return best
  }

  /// CPython's time for the same loop, inside a function and at module level.
  private static func cpythonNanoseconds() -> (function: Double, module: Double)? {
    let script = """
      import time
      def f():
          s = 0
          for i in range(10_000_000):
              s = s + i * 2
          return s
      best_f = min((lambda t: (f(), time.perf_counter() - t)[1])(time.perf_counter()) for _ in range(3))
      code = compile("s = 0\\nfor i in range(10_000_000):\\n    s = s + i * 2\\n", "m", "exec")
      def module():
          t = time.perf_counter(); exec(code, {}); return time.perf_counter() - t
      best_m = min(module() for _ in range(3))
      print(best_f * 100, best_m * 100)
      """
    guard let output = shell(["python3", "-c", script]) else { return nil }
    let parts = output.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
    return parts.count == 2 ? (parts[0], parts[1]) : nil
  }
}

func now() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

func row(_ name: String, _ value: String, _ note: String) -> String {
  padded(name, 38) + padded(value, 30) + note
}

func format1(_ value: Double) -> String { String((value * 10).rounded() / 10) }
func format2(_ value: Double) -> String { String((value * 100).rounded() / 100) }

/// The Python given with `--python PATH`, which runs the PyTorch peers in the same run.
func pythonOption(_ arguments: [String]) -> String? {
  guard let flag = arguments.firstIndex(of: "--python"), flag + 1 < arguments.count else { return nil }
  return arguments[flag + 1]
}

/// Runs a command and returns its standard output, or nil if it cannot be run or fails.
func shell(_ arguments: [String]) -> String? {
  runProcess(arguments).flatMap { $0.status == 0 ? $0.output : nil }
}

/// Runs a command to completion: its exit status, its standard output, and its peak
/// resident memory in bytes (from the kernel's accounting, as `/usr/bin/time -v` reports it).
func runProcess(_ arguments: [String]) -> (status: Int32, output: String, peakBytes: Int)? {
  var pipe: [Int32] = [0, 0]
  guard Glibc.pipe(&pipe) == 0 else { return nil }
  let pid = fork()
  if pid == 0 {
    dup2(pipe[1], 1)
    close(pipe[0])
    let argv = arguments.map { strdup($0) } + [nil]
    execvp(arguments[0], argv)
    _exit(127)
  }
  close(pipe[1])
  var output: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 4096)
  while true {
    let count = read(pipe[0], &buffer, buffer.count)
    if count <= 0 { break }
    output.append(contentsOf: buffer[0..<count])
  }
  close(pipe[0])
  var status: Int32 = 0
  var usage = rusage()
  guard wait4(pid, &status, 0, &usage) == pid else { return nil }
  return (status, String(decoding: output, as: UTF8.self), usage.ru_maxrss * 1024)
}

func padded(_ text: String, _ width: Int) -> String {
  text + String(repeating: " ", count: max(1, width - text.count))
}
