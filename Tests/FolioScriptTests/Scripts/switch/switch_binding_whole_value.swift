func check(_ n: Int) -> String {
  switch n {
  case let x where x < 0:
    return "\(x) is negative"
  case let x where x % 2 == 0:
    return "\(x) is even"
  case let x:
    return "\(x) is odd"
  }
}
print(check(-3))  // expect: -3 is negative
print(check(8))  // expect: 8 is even
print(check(7))  // expect: 7 is odd
