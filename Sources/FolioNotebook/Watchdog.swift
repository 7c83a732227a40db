import Foundation

/// Calls an action once a number of seconds have passed, unless cancelled first: the runner
/// uses it to interrupt a cell that runs past its timeout.
///
/// The action runs on the watchdog's own thread. Interrupting a cell is cooperative (the
/// interpreter stops at its next loop iteration or call), so the cell's partial output is kept.
final class Watchdog {
  /// What the watchdog thread and the runner share, guarded by the condition's lock.
  private final class State {
    let condition = NSCondition()
    var cancelled = false
    var fired = false
    var finished = false
  }

  private let state = State()

  /// Starts counting; `action` is called after `seconds` unless `cancel()` comes first.
  init(seconds: Double, action: @escaping () -> Void) {
    let state = self.state
    let deadline = Date(timeIntervalSinceNow: seconds)
    Thread.detachNewThread {
      state.condition.lock()
      while !state.cancelled && state.condition.wait(until: deadline) {}
      if !state.cancelled {
        state.fired = true
        action()
      }
      state.finished = true
      state.condition.broadcast()
      state.condition.unlock()
    }
  }

  /// Stops the watchdog and returns whether it had already fired. When it returns, the action
  /// has either run to completion or will never run.
  func cancel() -> Bool {
    state.condition.lock()
    defer { state.condition.unlock() }
    state.cancelled = true
    state.condition.broadcast()
    while !state.finished { state.condition.wait() }
    return state.fired
  }
}
