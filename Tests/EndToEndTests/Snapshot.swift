import Foundation
import XCTest

/// Compares text with a snapshot file in `Snapshots/`, named after the test.
///
/// `FOLIO_RECORD_SNAPSHOTS=1 swift test --filter EndToEndTests` writes the snapshots afresh
/// instead; review them with `git diff` before committing.
func assertSnapshot(_ actual: String, testName: String = #function, file: StaticString = #filePath, line: UInt = #line) {
  let name = testName.hasSuffix("()") ? String(testName.dropLast(2)) : testName
  let url = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
    .appendingPathComponent("Snapshots").appendingPathComponent("\(name).txt")
  if ProcessInfo.processInfo.environment["FOLIO_RECORD_SNAPSHOTS"] == "1" {
    do {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
    } catch {
      XCTFail("cannot record \(url.path): \(error)", file: file, line: line)
    }
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    XCTFail("no snapshot at \(url.path); record it with FOLIO_RECORD_SNAPSHOTS=1", file: file, line: line)
    return
  }
  if actual != expected {
    XCTFail("""
      output differs from \(url.lastPathComponent) (re-record with FOLIO_RECORD_SNAPSHOTS=1 if intended):
      \(lineDiff(expected, actual))
      """, file: file, line: line)
  }
}

/// The lines that differ, for the failure message.
private func lineDiff(_ expected: String, _ actual: String) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var lines: [String] = []
  for index in 0..<max(old.count, new.count) {
    let a = index < old.count ? String(old[index]) : nil
    let b = index < new.count ? String(new[index]) : nil
    if a != b {
      if let a { lines.append("\(index + 1) - \(a)") }
      if let b { lines.append("\(index + 1) + \(b)") }
    }
    if lines.count > 40 { break }
  }
  return lines.joined(separator: "\n")
}
