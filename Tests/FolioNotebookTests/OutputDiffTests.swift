import FolioNotebook
import XCTest

final class OutputDiffTests: XCTestCase {
  func testEqualTextHasNoDifference() {
    XCTAssertNil(OutputDiff.difference(expected: "a\nb\n", actual: "a\nb\n", expectedName: "old", actualName: "new"))
  }

  func testADifferenceIsShownAsAUnifiedDiffWithContext() {
    let old = (1...10).map { "\($0)\n" }.joined()
    let new = old.replacingOccurrences(of: "5\n", with: "five\n")
    XCTAssertEqual(OutputDiff.difference(expected: old, actual: new, expectedName: "old", actualName: "new"), """
      --- old
      +++ new
      @@ -2,7 +2,7 @@
       2
       3
       4
      -5
      +five
       6
       7
       8

      """)
  }

  func testTimeitLinesAndVolatileOutputAreIgnored() {
    let old = "a\n1.2 ms ± 3 µs per loop (mean ± std. dev. of 7 runs, 100 loops each)\n```text volatile\nx\n```\nb\n"
    let new = "a\n0.9 ms ± 8 µs per loop (mean ± std. dev. of 7 runs, 1000 loops each)\n```text volatile\ny\nz\n```\nb\n"
    XCTAssertNil(OutputDiff.difference(expected: old, actual: new, expectedName: "old", actualName: "new"))
    XCTAssertNotNil(OutputDiff.difference(expected: old, actual: new + "c\n", expectedName: "old", actualName: "new"))
  }
}
