import FolioNotebook

/// How running a notebook ended, as the process's exit code; a run of several notebooks exits
/// with the most serious (largest) code of its notebooks.
enum Outcome: Int32, Comparable {
  /// Every cell ran, or failed only where `error: expected` allowed it.
  case success = 0
  /// A cell failed (or, with --check, the output differs from the committed one).
  case failed = 1
  /// A cell ran past its timeout.
  case timedOut = 2
  /// The notebook, its front matter, its options or its parameters are malformed.
  case malformed = 3
  /// The command line is wrong.
  case usage = 4

  static func < (left: Outcome, right: Outcome) -> Bool { left.rawValue < right.rawValue }
}

extension Outcome {
  /// The exit code for how a notebook's job ended.
  init(_ outcome: NotebookJob.Outcome) {
    switch outcome {
    case .success, .unchanged: self = .success
    case .failed, .differs, .unwritable: self = .failed
    case .timedOut: self = .timedOut
    case .malformed: self = .malformed
    }
  }
}
