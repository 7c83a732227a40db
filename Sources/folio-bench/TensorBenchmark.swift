import CBLAS
import FolioTensor
import Glibc

/// The tensor engine's speed figures, with NumPy's for the same operations measured in the
/// same run when python3 has NumPy.
///
///     .build/release/folio-bench tensor
///
/// Every figure is the best of several timed batches. Bandwidth counts the bytes an operation
/// must read and write (an `a + b` on a million floats moves 12 MB).
enum TensorBenchmark {
  static func run() throws {
    setBLASThreads(1)
    let numpy = numpyFigures()
    print("Tensor engine (release build, 1 OpenBLAS thread; best of \(repeats) batches)")
    if numpy.isEmpty { print("NumPy: python3 with numpy not found, peer figures skipped") }
    try matmul(numpy)
    try bandwidth(numpy)
    try overhead(numpy)
  }

  static let repeats = 7

  /// Where timed loops leave a result, so their work is not optimised away.
  nonisolated(unsafe) static var sink = 0

  /// matmul through Folio against a direct cblas_sgemm on the same operands.
  private static func matmul(_ numpy: [String: Double]) throws {
    print("\nmatmul (float32)                      Folio / direct sgemm          NumPy")
    let generator = Generator(seed: 1)
    let cases: [(name: String, key: String, a: Tensor, b: Tensor)] = [
      ("64x784 · 784x100", "mm_64", try Tensor.randn([64, 784], generator: generator), try Tensor.randn([784, 100], generator: generator)),
      ("500x784 · 784x100", "mm_500", try Tensor.randn([500, 784], generator: generator), try Tensor.randn([784, 100], generator: generator)),
      ("xᵀ·g: (64x784)ᵀ · 64x100", "mm_t", try Tensor.randn([64, 784], generator: generator).T, try Tensor.randn([64, 100], generator: generator)),
    ]
    for c in cases {
      let folio = try best { _ = try c.a.matmul(c.b) }
      let direct = directSgemm(c.a, c.b)
      let ratio = direct / folio
      print(row(c.name, "\(micro(folio)) / \(micro(direct)) = \(percent(ratio))", numpy[c.key].map(micro) ?? "–")
        + (ratio >= 0.9 ? "   ok (≥ 90%)" : "   below 90%"))
    }
  }

  /// The same product by calling cblas_sgemm on raw row-major buffers with a preallocated output.
  private static func directSgemm(_ a: Tensor, _ b: Tensor) -> Double {
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    let transposed = !a.isContiguous
    let left = try! (transposed ? a.T : a).elements(Float.self)
    let right = try! b.elements(Float.self)
    var out = [Float](repeating: 0, count: m * n)
    return try! best {
      cblas_sgemm(
        CblasRowMajor, transposed ? CblasTrans : CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k), 1,
        left, Int32(transposed ? m : k), right, Int32(n), 0, &out, Int32(n))
    }
  }

  /// Elementwise operations and reductions on a million floats, as effective bandwidth.
  private static func bandwidth(_ numpy: [String: Double]) throws {
    let n = 1 << 20
    let generator = Generator(seed: 2)
    let a = try Tensor.randn([n], generator: generator)
    let b = try Tensor.randn([n], generator: generator)
    let grid = try a.reshape([1024, 1024])
    let copy = memoryBandwidth()
    print("\n1M float32 elements                    Folio                         NumPy")
    print(row("memcpy, 256 MB (single core)", gigabytes(copy.large) + " GB/s", "the machine's bandwidth"))
    print(row("memcpy, 4 MB (same size as below)", gigabytes(copy.small) + " GB/s", ""))
    let ops: [(name: String, key: String, bytes: Int, body: () throws -> Void)] = [
      ("a + b", "add", 12, { _ = try a + b }),
      ("a * 2", "scale", 8, { _ = a * 2.0 }),
      ("a.relu()", "relu", 8, { _ = a.relu() }),
      ("a.exp()", "exp", 8, { _ = a.exp() }),
      ("a.sum()", "sum", 4, { _ = a.sum() }),
      ("a.reshape([1024, 1024]).sum(dim: 1)", "rowsum", 4, { _ = try grid.sum(dims: [1]) }),
      // Last, because it changes `a`.
      ("a += b (in place)", "iadd", 12, { try a += b }),
    ]
    for op in ops {
      let seconds = try best(op.body)
      let rate = Double(op.bytes * n) / seconds
      let peer = numpy[op.key].map { gigabytes(Double(op.bytes * n) / $0) + " GB/s" } ?? "–"
      print(row(op.name, gigabytes(rate) + " GB/s (\(percent(rate / copy.large)) of bandwidth)", peer))
    }
  }

  /// The fixed cost of one operation on one-element tensors.
  private static func overhead(_ numpy: [String: Double]) throws {
    let a = try Tensor.ones([1])
    let b = try Tensor.ones([1])
    print("\nPer-op overhead, 1-element tensors    Folio (target ≤ 1 µs)         NumPy")
    let calls = 10_000
    let add = try best { for _ in 0..<calls { _ = try a + b } } / Double(calls)
    print(row("a + b", micro(add), numpy["tiny_add"].map(micro) ?? "–"))
    let scale = try best { for _ in 0..<calls { _ = a * 2.0 } } / Double(calls)
    print(row("a * 2", micro(scale), numpy["tiny_scale"].map(micro) ?? "–"))
    let relu = try best { for _ in 0..<calls { _ = a.relu() } } / Double(calls)
    print(row("a.relu()", micro(relu), numpy["tiny_relu"].map(micro) ?? "–"))
    let sum = try best { for _ in 0..<calls { _ = a.sum() } } / Double(calls)
    print(row("a.sum()", micro(sum), numpy["tiny_sum"].map(micro) ?? "–"))
  }

  private static func best(_ body: () throws -> Void) throws -> Double { try Timing.best(repeats: repeats, body) }

  /// memcpy throughput (bytes read plus written per second) far beyond the caches and at 4 MB.
  private static func memoryBandwidth() -> (large: Double, small: Double) {
    func rate(_ bytes: Int) -> Double {
      let source = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
      let target = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
      defer {
        source.deallocate()
        target.deallocate()
      }
      memset(source, 1, bytes)
      memset(target, 0, bytes)
      let seconds = try! best {
        memcpy(target, source, bytes)
        // Reading the copy back keeps the compiler from dropping it as a dead store.
        sink &+= Int(target.load(fromByteOffset: bytes / 2, as: UInt8.self))
      }
      return Double(2 * bytes) / seconds
    }
    return (rate(256 << 20), rate(4 << 20))
  }

  /// NumPy's seconds for the same operations, keyed as above; empty without NumPy.
  private static func numpyFigures() -> [String: Double] {
    let script = """
      import os, time
      os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
      import numpy as np
      np.seterr(all="ignore")
      def best(f, reps=7):
          f(); n = 1
          while True:
              t = time.perf_counter()
              for _ in range(n): f()
              e = time.perf_counter() - t
              if e > 0.02: break
              n *= 2
          b = e / n
          for _ in range(reps - 1):
              t = time.perf_counter()
              for _ in range(n): f()
              b = min(b, (time.perf_counter() - t) / n)
          return b
      r = np.random.default_rng(1)
      f = lambda *s: r.standard_normal(s, dtype=np.float32)
      x64, w, x500, g = f(64, 784), f(784, 100), f(500, 784), f(64, 100)
      a, b = f(1 << 20), f(1 << 20)
      grid = a.reshape(1024, 1024)
      t1, t2 = np.ones(1, np.float32), np.ones(1, np.float32)
      def iadd():
          global a
          a += b
      figures = {
          "mm_64": best(lambda: x64 @ w), "mm_500": best(lambda: x500 @ w), "mm_t": best(lambda: x64.T @ g),
          "add": best(lambda: a + b), "scale": best(lambda: a * 2),
          "relu": best(lambda: np.maximum(a, 0)), "exp": best(lambda: np.exp(a)), "sum": best(lambda: a.sum()),
          "rowsum": best(lambda: grid.sum(axis=1)), "iadd": best(iadd),
          "tiny_add": best(lambda: t1 + t2), "tiny_scale": best(lambda: t1 * 2),
          "tiny_relu": best(lambda: np.maximum(t1, 0)), "tiny_sum": best(lambda: t1.sum()),
      }
      for k, v in figures.items(): print(k, v)
      """
    guard let output = shell(["python3", "-c", script]) else { return [:] }
    var figures: [String: Double] = [:]
    for line in output.split(separator: "\n") {
      let parts = line.split(separator: " ")
      if parts.count == 2, let value = Double(parts[1]) { figures[String(parts[0])] = value }
    }
    return figures
  }

  private static func micro(_ seconds: Double) -> String { format2(seconds * 1e6) + " µs" }
  private static func gigabytes(_ rate: Double) -> String { format1(rate / 1e9) }
  private static func percent(_ ratio: Double) -> String { "\(Int((ratio * 100).rounded()))%" }
}
