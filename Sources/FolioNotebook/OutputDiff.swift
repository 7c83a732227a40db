/// Compares a fresh rendering with the committed one for `folio run --check`, ignoring what
/// legitimately changes from run to run, and shows the difference as a unified diff.
///
/// Ignored: lines in the format of a `timeit` report (`… per loop (mean ± std. dev. of 7
/// runs, …)`), and the contents of output fences marked volatile (```` ```text volatile ````),
/// which a cell asks for with `//| volatile: true`.
public enum OutputDiff {
  /// Lines of context around each change, as `diff -u` shows.
  static let context = 3
  /// The timeit report line; Python's %timeit prints the same format.
  nonisolated(unsafe) static let timeitLine = try! Regex(#"^.* per loop \(mean ± std\. dev\. of \d+ runs?, .*\)$"#)

  /// A unified diff from `expected` (labelled `expectedName`) to `actual`, or nil when they
  /// are the same apart from what is ignored.
  public static func difference(expected: String, actual: String, expectedName: String, actualName: String) -> String? {
    let old = lines(expected)
    let new = lines(actual)
    let oldKeys = comparable(old)
    let newKeys = comparable(new)
    guard oldKeys.map(\.key) != newKeys.map(\.key) else { return nil }
    let edits = script(oldKeys.map(\.key), newKeys.map(\.key))
    var diff = "--- \(expectedName)\n+++ \(actualName)\n"
    // Group edits into hunks: runs of changes with up to 2 × context equal lines between them.
    var index = 0
    while index < edits.count {
      guard edits[index].kind != .same else {
        index += 1
        continue
      }
      var end = index
      var lastChange = index
      while end < edits.count {
        if edits[end].kind != .same { lastChange = end }
        if end - lastChange > 2 * context { break }
        end += 1
      }
      let start = max(0, index - context)
      let stop = min(edits.count, lastChange + context + 1)
      let hunk = edits[start..<stop]
      // Positions are lines of the files, not of the compared keys (volatile lines have none).
      func line(_ keys: [(key: String, line: Int)], _ position: Int, count: Int) -> Int {
        position < keys.count ? keys[position].line + 1 : count + 1
      }
      let oldStart = hunk.first.map { line(oldKeys, $0.old, count: old.count) } ?? 1
      let newStart = hunk.first.map { line(newKeys, $0.new, count: new.count) } ?? 1
      let oldCount = hunk.filter { $0.kind != .inserted }.count
      let newCount = hunk.filter { $0.kind != .deleted }.count
      diff += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
      for edit in hunk {
        switch edit.kind {
        case .same: diff += " " + old[oldKeys[edit.old].line] + "\n"
        case .deleted: diff += "-" + old[oldKeys[edit.old].line] + "\n"
        case .inserted: diff += "+" + new[newKeys[edit.new].line] + "\n"
        }
      }
      index = stop
    }
    return diff
  }

  private static func lines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The lines as compared, each with its index in `lines`: timeit lines reduced to a
  /// placeholder, and the contents of volatile output fences left out.
  private static func comparable(_ lines: [String]) -> [(key: String, line: Int)] {
    var keys: [(key: String, line: Int)] = []
    var volatileFence: String?
    for (index, line) in lines.enumerated() {
      if let fence = volatileFence {
        if line == fence {
          keys.append((line, index))
          volatileFence = nil
        }
      } else if line.hasSuffix(NotebookRenderer.volatileInfo), line.hasPrefix("```") {
        volatileFence = String(line.prefix { $0 == "`" })
        keys.append((line, index))
      } else if line.wholeMatch(of: timeitLine) != nil {
        keys.append(("\u{0}timeit", index))
      } else {
        keys.append((line, index))
      }
    }
    return keys
  }

  private struct Edit {
    enum Kind { case same, deleted, inserted }
    var kind: Kind
    var old: Int
    var new: Int
  }

  /// The edit script turning `old` into `new`, by longest common subsequence over the part
  /// between their common prefix and suffix.
  private static func script(_ old: [String], _ new: [String]) -> [Edit] {
    var prefix = 0
    while prefix < old.count && prefix < new.count && old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix && suffix < new.count - prefix
      && old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let a = old[prefix..<(old.count - suffix)].map { $0 }
    let b = new[prefix..<(new.count - suffix)].map { $0 }
    var edits = (0..<prefix).map { Edit(kind: .same, old: $0, new: $0) }
    if a.count * b.count <= 4_000_000 {
      // lengths[i][j]: the LCS length of a[i...] and b[j...].
      var lengths = [[Int32]](repeating: [Int32](repeating: 0, count: b.count + 1), count: a.count + 1)
      for i in stride(from: a.count - 1, through: 0, by: -1) {
        for j in stride(from: b.count - 1, through: 0, by: -1) {
          lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
        }
      }
      var (i, j) = (0, 0)
      while i < a.count || j < b.count {
        if i < a.count && j < b.count && a[i] == b[j] {
          edits.append(Edit(kind: .same, old: prefix + i, new: prefix + j))
          (i, j) = (i + 1, j + 1)
        } else if i < a.count && (j == b.count || lengths[i + 1][j] >= lengths[i][j + 1]) {
          edits.append(Edit(kind: .deleted, old: prefix + i, new: prefix + j))
          i += 1
        } else {
          edits.append(Edit(kind: .inserted, old: prefix + i, new: prefix + j))
          j += 1
        }
      }
    } else {
      // Too large to align line by line: show the middle as replaced.
      edits += a.indices.map { Edit(kind: .deleted, old: prefix + $0, new: prefix) }
      edits += b.indices.map { Edit(kind: .inserted, old: prefix + a.count, new: prefix + $0) }
    }
    edits += (0..<suffix).map { Edit(kind: .same, old: old.count - suffix + $0, new: new.count - suffix + $0) }
    return edits
  }
}
