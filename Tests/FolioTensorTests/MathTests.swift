import FolioTensor
import Glibc
import XCTest

final class MathTests: XCTestCase {
  func testFloatExpAgreesWithTheCLibraryAcrossItsWholeRange() throws {
    var inputs: [Float] = stride(from: -110, through: 90, by: 0.0137).map { Float($0) }
    inputs += [0, -0.0, 1e-30, -1e-30, 88.72, 88.73, -87.4, -103.5, .infinity, -.infinity]
    let result = try Tensor(shape: [inputs.count], elements: inputs).exp().elements(Float.self)
    for (x, y) in zip(inputs, result) {
      let expected = expf(x)
      if expected.isInfinite || expected == 0 {
        XCTAssertEqual(y, expected, "exp(\(x))")
      } else if expected < Float.leastNormalMagnitude {
        XCTAssertEqual(y, expected, accuracy: Float.leastNonzeroMagnitude * 4, "exp(\(x))")
      } else {
        XCTAssertEqual(y, expected, accuracy: expected.ulp * 2, "exp(\(x))")
      }
    }
    XCTAssertTrue(try Tensor(shape: [1], elements: [.nan]).exp().item().isNaN)
  }

  func testSigmoidSaturatesWithoutOverflow() throws {
    let t = try Tensor(shape: [3], elements: [-200, 0, 200]).sigmoid()
    XCTAssertEqual(t.toArray(), [0, 0.5, 1])
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
