/// Whether operations are recorded for reverse mode, as `torch.no_grad` and
/// `torch.enable_grad` switch it.
public enum GradMode {
  /// True unless inside `noGrad { }`.
  nonisolated(unsafe) public internal(set) static var isEnabled = true
}

/// Runs `body` without recording operations for reverse mode, as PyTorch's `with torch.no_grad()`:
/// weight updates and evaluation then build no graph.
public func noGrad<T>(_ body: () throws -> T) rethrows -> T {
  try withGradMode(false, body)
}

/// Runs `body` with recording switched on or off, restoring the previous mode afterwards.
public func withGradMode<T>(_ enabled: Bool, _ body: () throws -> T) rethrows -> T {
  let saved = GradMode.isEnabled
  GradMode.isEnabled = enabled
  defer { GradMode.isEnabled = saved }
  return try body()
}
