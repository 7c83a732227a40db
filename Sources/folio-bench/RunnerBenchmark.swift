import Glibc

/// The notebook runner's speed figures, for the `folio` binary built beside this one:
/// start-up on a one-cell notebook, and `-j 2` against `-j 1` on a folder of four notebooks
/// that each do a few hundred milliseconds of tensor work.
///
///     .build/release/folio-bench runner
enum RunnerBenchmark {
  /// `jupyter nbconvert --to markdown --execute` on a one-cell notebook, recorded on the
  /// development machine (kernel start-up dominates).
  static let nbconvertSeconds = 1.7

  static func run() throws {
    let folio = try folioBinary()
    let folder = "/tmp/folio-bench-runner-\(getpid())"
    defer { _ = shell(["rm", "-rf", folder]) }
    try writeFile("```swift\nprint(1 + 1)\n```\n", to: "\(folder)/one/one-cell.md")
    for name in ["a", "b", "c", "d"] {
      try writeFile(tensorNotebook(seed: name.unicodeScalars.first!.value), to: "\(folder)/four/\(name).md")
    }
    print("Notebook runner (release build; \(folio))")
    let oneCell = try best(of: 7) { try run(folio, ["run", "\(folder)/one", "-o", "\(folder)/out"]) }
    print(row("folio run, one-cell notebook", Timing.ms(oneCell),
              "target ≤ 50 ms" + (oneCell <= 0.05 ? "  ok" : "  over") + "; nbconvert --execute: \(nbconvertSeconds) s (recorded)"))
    let serial = try best(of: 3) { try run(folio, ["run", "\(folder)/four", "-o", "\(folder)/out", "-j", "1"]) }
    print(row("folio run -j 1, 4 tensor notebooks", Timing.ms(serial), ""))
    let parallel = try best(of: 3) { try run(folio, ["run", "\(folder)/four", "-o", "\(folder)/out", "-j", "2"]) }
    let speedup = serial / parallel
    print(row("folio run -j 2, same folder", Timing.ms(parallel),
              "\(format2(speedup))× faster, target ≥ 1.7×" + (speedup >= 1.7 ? "  ok" : "  under")))
  }

  /// A notebook of about 300 ms of matrix products and reductions (release build, one core).
  private static func tensorNotebook(seed: UInt32) -> String {
    """
    # Tensor work \(seed)

    ```swift
    setSeed(\(seed))
    let a = Tensor.randn([384, 384])
    var total = 0.0
    for _ in 0..<250 {
      let b = a.matmul(a).relu()
      total += b.sum().item()
    }
    print(total > 0)
    ```

    """
  }

  /// The best wall time of `body` over `count` runs.
  private static func best(of count: Int, _ body: () throws -> Void) throws -> Double {
    var best = Double.infinity
    for _ in 0..<count {
      let start = now()
      try body()
      best = min(best, now() - start)
    }
    return best
  }

  /// Runs the binary with output discarded, as `/usr/bin/time` would time it.
  private static func run(_ binary: String, _ arguments: [String]) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor: Int32 in [1, 2] { posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0) }
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { throw BenchmarkError("cannot run \(binary)") }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    guard status == 0 else { throw BenchmarkError("\(binary) \(arguments.joined(separator: " ")) failed (status \(status))") }
  }
}

/// Writes `text` to `path`, making its folder first.
func writeFile(_ text: String, to path: String) throws {
  _ = shell(["mkdir", "-p", String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])])
  guard let file = fopen(path, "w") else { throw BenchmarkError("cannot write \(path)") }
  fputs(text, file)
  fclose(file)
}

/// The `folio` binary beside this one.
func folioBinary() throws -> String {
  var buffer = [CChar](repeating: 0, count: 4096)
  let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
  guard count > 0 else { throw BenchmarkError("cannot find this executable's path") }
  let path = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  let folio = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) + "/folio"
  guard access(folio, X_OK) == 0 else { throw BenchmarkError("build folio first: \(folio) is missing") }
  return folio
}

/// A benchmark that could not run, with the reason.
struct BenchmarkError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
