import FolioTensor
import Foundation
import XCTest

/// The .npy fixtures scripts/make-tensor-fixtures.py writes, found from this file's path so
/// the tests run from any working directory.
let fixturesDirectory: String = {
  let path = "\(#filePath)"
  return String(path[...path.lastIndex(of: "/")!]) + "Fixtures/"
}()

/// Folio's operations against NumPy's results for the same inputs. Each case's inputs and
/// expected outputs are `<case>.<role>.npy` files; the script shows the NumPy expression of
/// each case, and the test that checks it writes the same computation with Folio's API.
final class FixtureTests: XCTestCase {
  func testArithmeticBroadcastsLikeNumPy() throws {
    try check("add_broadcast") { x in try x["a"] + x["b"] }
    try check("sub_broadcast") { x in try x["a"] - x["b"] }
    try check("mul_broadcast") { x in try x["a"] * x["b"] }
    try check("div_broadcast") { x in try x["a"] / x["b"] }
    try check("add_broadcast_f64") { x in try x["a"] + x["b"] }
    try check("div_broadcast_f64") { x in try x["a"] / x["b"] }
  }

  func testScalarsCombineWithTensorsOnEitherSide() throws {
    try check("add_scalar") { x in try x["a"] + 2.5 }
    try check("rsub_scalar") { x in try 3 - x["a"] }
    try check("mul_scalar") { x in try x["a"] * -1.5 }
    try check("rdiv_scalar") { x in try 1 / x["a"] }
    try check("neg") { x in try -x["a"] }
  }

  func testPowersAndTranscendentalFunctionsMatchNumPy() throws {
    try check("pow") { x in try x["a"].pow(x["b"]) }
    try check("pow_scalar") { x in try x["a"].pow(3) }
    try check("exp") { x in try x["a"].exp() }
    try check("exp_f64") { x in try x["a"].exp() }
    try check("log") { x in try x["a"].log() }
    try check("log_f64") { x in try x["a"].log() }
    try check("sqrt") { x in try x["a"].sqrt() }
    try check("sigmoid") { x in try x["a"].sigmoid() }
    try check("tanh") { x in try x["a"].tanh() }
  }

  func testPiecewiseFunctionsMatchNumPy() throws {
    try check("abs") { x in try x["a"].abs() }
    try check("sign") { x in try x["a"].sign() }
    try check("relu") { x in try x["a"].relu() }
    try check("clamp") { x in try x["a"].clamp(min: -0.5, max: 0.5) }
    try check("maximum") { x in try x["a"].maximum(x["b"]) }
    try check("minimum") { x in try x["a"].minimum(x["b"]) }
  }

  func testComparisonsGiveBoolTensorsAndWhereSelectsByThem() throws {
    try check("lt") { x in try x["a"] < x["b"] }
    try check("ge") { x in try x["a"] >= x["b"] }
    try check("eq") { x in try x["a"].eq(x["b"]) }
    try check("lt_scalar") { x in try x["a"] < 0.0 }
    try check("where") { x in try Tensor.where(x["a"], x["b"], x["c"]) }
  }

  func testSumsAndMeansReduceTheDimensionsNumPyReduces() throws {
    try check("sum_all") { x in try x["a"].sum() }
    try check("mean_all") { x in try x["a"].mean() }
    try check("sum_dim0") { x in try x["a"].sum(dims: [0]) }
    try check("sum_dim1") { x in try x["a"].sum(dims: [1]) }
    try check("mean_dim1") { x in try x["a"].mean(dims: [1]) }
    try check("sum_dims02") { x in try x["a"].sum(dims: [0, 2]) }
    try check("sum_dims02_keepdim") { x in try x["a"].sum(dims: [0, 2], keepDim: true) }
    try check("mean_dims02") { x in try x["a"].mean(dims: [0, 2]) }
    try check("mean_dims02_keepdim") { x in try x["a"].mean(dims: [0, 2], keepDim: true) }
    try check("sum_transposed_dim1") { x in try x["a"].T.sum(dims: [1]) }
    try check("sum_dim1_f64") { x in try x["a"].sum(dims: [1]) }
    try check("mean_dims02_f64") { x in try x["a"].mean(dims: [0, 2]) }
  }

  func testExtremesAndTheirIndicesMatchNumPy() throws {
    try check("max_all") { x in try x["a"].max() }
    try check("min_all") { x in try x["a"].min() }
    try check("argmax_dim2") { x in try x["a"].argmax(dim: 2) }
    try check("argmin_dim_neg1") { x in try x["a"].argmin(dim: -1) }
    try check("argmax_flat") { x in try x["a"].argmax() }
    try check("max_dims02") { x in try x["a"].max(dims: [0, 2]) }
    try checkValuesAndIndices("max_dim1") { x in try x["a"].max(dim: 1) }
    try checkValuesAndIndices("min_dim0_keepdim") { x in try x["a"].min(dim: 0, keepDim: true) }
  }

  func testVarianceAndStandardDeviationUseBesselsCorrection() throws {
    try check("var_all") { x in try x["a"].variance() }
    try check("var_dim1") { x in try x["a"].variance(dims: [1]) }
    try check("std_dim1") { x in try x["a"].std(dims: [1]) }
    try check("std_dims02_keepdim") { x in try x["a"].std(dims: [0, 2], keepDim: true) }
    try check("var_dim0_f64") { x in try x["a"].variance(dims: [0]) }
  }

  func testLogSumExpAndSoftmaxStayFiniteForLargeInputs() throws {
    try check("logsumexp_dim1") { x in try x["a"].logSumExp(dim: 1) }
    try check("logsumexp_dims02_keepdim") { x in try x["a"].logSumExp(dims: [0, 2], keepDim: true) }
    try check("logsumexp_dim_neg1_f64") { x in try x["a"].logSumExp(dim: -1) }
    try check("softmax_dim0") { x in try x["a"].softmax(dim: 0) }
    try check("softmax_dim_neg1") { x in try x["a"].softmax(dim: -1) }
    try check("log_softmax_dim0") { x in try x["a"].logSoftmax(dim: 0) }
    try check("log_softmax_dim_neg1") { x in try x["a"].logSoftmax(dim: -1) }
    try check("softmax_dim1_f64") { x in try x["a"].softmax(dim: 1) }
  }

  func testNormsAndCumulativeSumsMatchNumPy() throws {
    try check("norm_all") { x in try x["a"].norm() }
    try check("norm_dim1") { x in try x["a"].norm(dims: [1]) }
    try check("cumsum_dim1") { x in try x["a"].cumsum(dim: 1) }
    try check("cumsum_dim0_f64") { x in try x["a"].cumsum(dim: 0) }
  }

  func testInt64ArithmeticStaysExactAndInt64() throws {
    try check("add_int64") { x in try x["a"] + x["b"] }
    try check("mul_int64") { x in try x["a"] * x["b"] }
    try check("add_scalar_int64") { x in try x["a"] + 7 }
    try check("sum_all_int64") { x in try x["a"].sum() }
    try check("sum_dim0_int64") { x in try x["a"].sum(dims: [0]) }
    try check("cumsum_dim1_int64") { x in try x["a"].cumsum(dim: 1) }
    try checkValuesAndIndices("max_dim1_int64") { x in try x["a"].max(dim: 1) }
  }

  func testMatmulFollowsNumPysRulesForEveryRank() throws {
    try check("matmul_1d_1d") { x in try x["a"].matmul(x["b"]) }
    try check("matmul_2d_1d") { x in try x["a"].matmul(x["b"]) }
    try check("matmul_1d_2d") { x in try x["a"].matmul(x["b"]) }
    try check("matmul_2d_2d") { x in try x["a"].matmul(x["b"]) }
    try check("matmul_batched") { x in try x["a"].matmul(x["b"]) }
    try check("matmul_broadcast") { x in try x["a"].matmul(x["b"]) }
    try check("matmul_2d_2d_f64") { x in try x["a"].matmul(x["b"]) }
  }

  func testMatmulReadsTransposedOperandsCorrectly() throws {
    try check("matmul_transposed") { x in try x["a"].T.matmul(x["b"]) }
    try check("matmul_batched_transposed") { x in try x["a"].transpose(1, 2).matmul(x["b"]) }
  }

  func testViewsSelectTheElementsNumPysViewsSelect() throws {
    try check("transpose") { x in try x["a"].transpose(0, 1) }
    try check("permute") { x in try x["a"].permute([2, 0, 1]) }
    try check("slice_step") { x in try x["a"].slice(dim: 1, step: 2).slice(dim: 2, start: 1, step: 2) }
    try check("slice_negative_bounds") { x in try x["a"].slice(dim: 1, start: -3, end: -1) }
    try check("expand") { x in try x["a"].expand([2, 3, 4]) }
  }

  func testOperationsOnViewsReadThroughTheirStrides() throws {
    try check("add_transposed") { x in try x["a"].T + x["b"] }
    try check("mul_expanded") { x in try x["a"].expand([3, 4]) * x["b"] }
  }

  /// Keeps the script and this file in step: a case the script writes but no test here
  /// names would otherwise never be checked.
  func testEveryFixtureCaseIsChecked() throws {
    let source = try String(contentsOfFile: "\(#filePath)", encoding: .utf8)
    let files = try FileManager.default.contentsOfDirectory(atPath: fixturesDirectory).filter { $0.hasSuffix(".npy") }
    let cases = Set(files.map { String($0.prefix { $0 != "." }) })
    XCTAssertGreaterThan(cases.count, 50)
    for name in cases.sorted() {
      XCTAssertTrue(source.contains("\"\(name)\""), "no test checks the fixture case \(name)")
    }
  }

  // MARK: - Helpers

  /// The inputs of one case, by role ("a", "b", "c").
  struct Inputs {
    let name: String
    subscript(role: String) -> Tensor {
      get throws { try Tensor.load(fixturesDirectory + "\(name).\(role).npy") }
    }
  }

  /// Computes case `name` from its inputs and compares the result with its `out` file.
  private func check(_ name: String, file: StaticString = #filePath, line: UInt = #line, _ compute: (Inputs) throws -> Tensor) throws {
    try assertMatches(compute(Inputs(name: name)), name, "out", file: file, line: line)
  }

  /// Like `check`, for operations that return values and indices.
  private func checkValuesAndIndices(
    _ name: String, file: StaticString = #filePath, line: UInt = #line,
    _ compute: (Inputs) throws -> (values: Tensor, indices: Tensor)
  ) throws {
    let (values, indices) = try compute(Inputs(name: name))
    try assertMatches(values, name, "values", file: file, line: line)
    try assertMatches(indices, name, "indices", file: file, line: line)
  }

  /// Asserts NumPy's shape and dtype, exact integers and bools, and floats within a relative
  /// tolerance about a hundred times each type's rounding error (plus a small absolute one,
  /// because a sum that cancels to near zero has no meaningful relative error).
  private func assertMatches(_ actual: Tensor, _ name: String, _ role: String, file: StaticString, line: UInt) throws {
    let expected = try Tensor.load(fixturesDirectory + "\(name).\(role).npy")
    let label = "\(name).\(role)"
    guard actual.shape == expected.shape, actual.dtype == expected.dtype else {
      XCTFail(
        "\(label): Folio gave \(actual.dtype) \(actual.shape), NumPy \(expected.dtype) \(expected.shape)", file: file,
        line: line)
      return
    }
    switch expected.dtype {
    case .int64: XCTAssertEqual(try actual.elements(Int64.self), try expected.elements(Int64.self), label, file: file, line: line)
    case .bool: XCTAssertEqual(try actual.elements(Bool.self), try expected.elements(Bool.self), label, file: file, line: line)
    case .float32, .float64:
      let (relative, absolute) = expected.dtype == .float32 ? (1e-5, 1e-6) : (1e-12, 1e-14)
      let (x, y) = (actual.toArray(), expected.toArray())
      if let i = x.indices.first(where: { x[$0] != y[$0] && !(Swift.abs(x[$0] - y[$0]) <= absolute + relative * Swift.abs(y[$0])) }) {
        XCTFail("\(label): element \(i) is \(x[i]) in Folio, \(y[i]) in NumPy", file: file, line: line)
      }
    }
  }
}
