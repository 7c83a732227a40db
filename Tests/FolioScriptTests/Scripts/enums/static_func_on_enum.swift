enum Grade {
  case a, b, c, fail
  static func from(score: Int) -> Grade {
    switch score {
    case 90...: return .a
    case 80..<90: return .b
    case 70..<80: return .c
    default: return .fail
    }
  }
}
print(Grade.from(score: 95))  // expect: a
print(Grade.from(score: 80))  // expect: b
print(Grade.from(score: 12))  // expect: fail
