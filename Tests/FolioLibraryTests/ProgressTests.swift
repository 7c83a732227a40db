@testable import FolioLibrary
import FolioScript
import ScriptTesting
import XCTest

/// `progress(sequence)`: the live line tqdm would draw, and the summary the cell prints. The
/// summary's behaviour in cells is in Scripts/helpers; these check what scripts cannot see.
final class ProgressTests: XCTestCase {
  private func state(_ completed: Int, of total: Int, title: String? = nil, unit: String = "it",
                     postfix: [(key: String, value: String)] = []) -> ProgressState {
    var state = ProgressState(title: title, unit: unit, total: total)
    state.completed = completed
    state.postfix = postfix
    return state
  }

  func testTheLiveLineHasTqdmsLayout() {
    XCTAssertEqual(
      ProgressBar.line(state(37, of: 100, postfix: [("loss", "0.412")]), elapsed: 1.2),
      " 37%|███████▍            | 37/100 [00:01<00:02, 30.83it/s, loss=0.412]")
    XCTAssertEqual(
      ProgressBar.line(state(0, of: 10, title: "epoch 1", unit: "batches"), elapsed: 0),
      "epoch 1:   0%|                    | 0/10 [00:00<?, ?batches/s]")
    XCTAssertEqual(
      ProgressBar.line(state(3, of: 3), elapsed: 3_725),
      "100%|████████████████████| 3/3 [1:02:05<00:00, 1241.67s/it]")
  }

  func testTheBarFillsInEighths() {
    XCTAssertEqual(ProgressBar.bar(0), " " + String(repeating: " ", count: 19))
    XCTAssertEqual(ProgressBar.bar(1.0 / 160), "▏" + String(repeating: " ", count: 19))
    XCTAssertEqual(ProgressBar.bar(0.5), String(repeating: "█", count: 10) + " " + String(repeating: " ", count: 9))
    XCTAssertEqual(ProgressBar.bar(1), String(repeating: "█", count: 20))
  }

  func testPostfixNumbersAreShownAsTqdmShowsThem() {
    XCTAssertEqual(ProgressState.number(0.41234, plain: "0.41234"), "0.412")
    XCTAssertEqual(ProgressState.number(0.118, plain: "0.118"), "0.118")
    XCTAssertEqual(ProgressState.number(1e-05, plain: "1e-05"), "1e-5")
    XCTAssertEqual(ProgressState.number(123456, plain: "123456"), "123456")
    XCTAssertEqual(ProgressState.number(-0.5, plain: "-0.5"), "-0.5")
  }

  func testTheBarIsDrawnAtMostTenTimesASecondAndErasedAtTheEnd() throws {
    var written: [String] = []
    var now = 0.0
    let capture = Capture()
    let progress = Progress(
      try ProgressElements(.array([.int(1), .int(2), .int(3)]), function: "progress"),
      ProgressState(title: nil, unit: "it", total: 3), output: capture,
      makeBar: { ProgressBar(write: { written.append($0) }, clock: { now }) })
    let iterator = try progress.iterator()
    XCTAssertEqual(written.count, 1, "drawn when the loop starts")
    _ = try iterator.next()
    now = 0.05
    _ = try iterator.next()
    XCTAssertEqual(written.count, 1, "not redrawn within a tenth of a second")
    now = 0.2
    _ = try iterator.next()
    XCTAssertEqual(written.last, "\r 67%|█████████████▎      | 2/3 [00:00<00:00, 10.00it/s]")
    XCTAssertNil(try iterator.next())
    XCTAssertEqual(written.count, 3, "the end is always drawn")
    try iterator.finish()
    XCTAssertEqual(written.last, "\r" + String(repeating: " ", count: written[2].count - 1) + "\r")
    XCTAssertEqual(capture.text, "3/3 it\n")
  }
}
