var calls = 0
func sideEffect() -> Int {
  calls += 1
  return calls * 10
}
_ = sideEffect()
_ = sideEffect()
print(calls)  // expect: 2
let _ = 99
for _ in 0..<3 {
  calls += 1
}
print(calls)  // expect: 5
