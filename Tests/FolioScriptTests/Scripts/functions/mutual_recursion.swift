func isEven(_ n: Int) -> Bool {
  n == 0 ? true : isOdd(n - 1)
}
func isOdd(_ n: Int) -> Bool {
  n == 0 ? false : isEven(n - 1)
}
print(isEven(10))  // expect: true
print(isOdd(7))  // expect: true
print(isEven(3))  // expect: false
