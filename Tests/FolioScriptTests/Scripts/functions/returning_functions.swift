func makeAdder(_ n: Int) -> (Int) -> Int {
  func add(_ x: Int) -> Int {
    x + n
  }
  return add
}
let addFive = makeAdder(5)
print(addFive(10))  // expect: 15
print(makeAdder(-1)(1))  // expect: 0
func pick(_ useMax: Bool) -> (Int, Int) -> Int {
  useMax ? max : min
}
print(pick(true)(3, 9), pick(false)(3, 9))  // expect: 9 3
