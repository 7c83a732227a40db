func repeatTimes(_ n: Int, action: (Int) -> Void) {
  for i in 0..<n {
    action(i)
  }
}
repeatTimes(3) { i in
  print("round \(i)")
}
// expect: round 0
// expect: round 1
// expect: round 2
func transform(_ x: Int, _ f: (Int) -> Int) -> Int { f(x) }
print(transform(5) { $0 * $0 })  // expect: 25
