enum State {
  case idle, running(Int), done
  func next() -> State {
    switch self {
    case .idle: return .running(1)
    case .running(let n) where n >= 3: return .done
    case .running(let n): return .running(n + 1)
    case .done: return .done
    }
  }
}
var s = State.idle
for _ in 0..<5 {
  print(s)
  s = s.next()
}
// expect: idle
// expect: running(1)
// expect: running(2)
// expect: running(3)
// expect: done
