import CKernels
import FolioTensor
import Glibc
import XCTest

final class MathTests: XCTestCase {
  /// Runs `body` once for each instruction set the kernels can use on this machine.
  private func forEachInstructionSet(_ body: (String) throws -> Void) rethrows {
    defer { _ = folio_kernels_limit_isa(Int32(FOLIO_ISA_AVX512.rawValue)) }
    var seen: Set<Int32> = []
    for level in [FOLIO_ISA_BASELINE, FOLIO_ISA_AVX2, FOLIO_ISA_AVX512] {
      let effective = folio_kernels_limit_isa(Int32(level.rawValue))
      if seen.insert(effective).inserted { try body("instruction set level \(effective)") }
    }
  }

  func testFloatExpAgreesWithTheCLibraryAcrossItsWholeRangeOnEveryInstructionSet() throws {
    try forEachInstructionSet { level in try checkExp(level) }
  }

  private func checkExp(_ level: String) throws {
    var inputs: [Float] = stride(from: -110, through: 90, by: 0.0137).map { Float($0) }
    inputs += [0, -0.0, 1e-30, -1e-30, 88.72, 88.73, -87.4, -103.5, .infinity, -.infinity]
    let result = try Tensor(shape: [inputs.count], elements: inputs).exp().elements(Float.self)
    for (x, y) in zip(inputs, result) {
      let expected = expf(x)
      if expected.isInfinite || expected == 0 {
        XCTAssertEqual(y, expected, "exp(\(x)), \(level)")
      } else if expected < Float.leastNormalMagnitude {
        XCTAssertEqual(y, expected, accuracy: Float.leastNonzeroMagnitude * 4, "exp(\(x)), \(level)")
      } else {
        XCTAssertEqual(y, expected, accuracy: expected.ulp * 2, "exp(\(x)), \(level)")
      }
    }
    XCTAssertTrue(try Tensor(shape: [1], elements: [.nan]).exp().item().isNaN)
  }

  func testTheFusedAdamStepFollowsItsFormulaOnEveryInstructionSetAndBothPrecisions() throws {
    try forEachInstructionSet { level in
      for dtype in [DType.float32, .float64] {
        // 37 elements: whole vectors and a remainder on every instruction set.
        let generator = Generator(seed: 9)
        let (p, g) = (try Tensor.randn([37], dtype: dtype, generator: generator), try Tensor.randn([37], dtype: dtype, generator: generator))
        let (m, v) = (try Tensor.randn([37], dtype: dtype, generator: generator), try Tensor.rand([37], dtype: dtype, generator: generator))
        let (p0, m0, v0) = (p.toArray(), m.toArray(), v.toArray())
        let step = Tensor.AdamStep(learningRate: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8, step: 3, weightDecay: 0.1, decay: 0.99)
        XCTAssertTrue(try p.adamUpdate(gradient: g, m: m, v: v, step))
        let tolerance = dtype == .float32 ? 1e-5 : 1e-12
        for (i, gi) in g.toArray().enumerated() {
          let grad = gi + 0.1 * p0[i]
          let first = 0.9 * m0[i] + 0.1 * grad
          let second = 0.999 * v0[i] + 0.001 * grad * grad
          let expected = 0.99 * p0[i] - 0.01 / step.correction1 * first / ((second / step.correction2).squareRoot() + 1e-8)
          XCTAssertEqual(m.toArray()[i], first, accuracy: tolerance, "\(level) \(dtype)")
          XCTAssertEqual(v.toArray()[i], second, accuracy: tolerance, "\(level) \(dtype)")
          XCTAssertEqual(p.toArray()[i], expected, accuracy: tolerance, "\(level) \(dtype)")
        }
      }
    }
  }

  func testTheFusedAdamStepDeclinesTensorsItCannotTake() throws {
    let p = try Tensor.zeros([2, 3])
    let step = Tensor.AdamStep(learningRate: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-8, step: 1)
    XCTAssertFalse(try p.adamUpdate(gradient: Tensor.zeros([3, 2]).T, m: Tensor.zeros([2, 3]), v: Tensor.zeros([2, 3]), step))
    XCTAssertFalse(try p.adamUpdate(gradient: Tensor.zeros([2, 3], dtype: .float64), m: Tensor.zeros([2, 3]), v: Tensor.zeros([2, 3]), step))
  }

  func testSigmoidSaturatesWithoutOverflowOnEveryInstructionSet() throws {
    try forEachInstructionSet { level in
      let t = try Tensor(shape: [5], elements: [-200, 0, 200, .nan, 1]).sigmoid().toArray()
      XCTAssertEqual(Array(t[0..<3]), [0, 0.5, 1], level)
      XCTAssertTrue(t[3].isNaN, level)
      XCTAssertEqual(t[4], 1 / (1 + Glibc.exp(-1)), accuracy: 1e-7, level)
    }
  }

  func testIntegerTensorsGoToFloatForTranscendentalFunctions() throws {
    let t = try Tensor.arange(3)
    XCTAssertEqual(t.exp().dtype, .float32)
    XCTAssertEqual(t.relu().dtype, .int64)
    XCTAssertEqual(try t.clamp(min: 0.5).dtype, .float32)
    XCTAssertEqual((t / 2).toArray(), [0, 0.5, 1])
    XCTAssertEqual((t * 2).dtype, .int64)
    XCTAssertEqual((t * 2.5).dtype, .float32)
  }
}
