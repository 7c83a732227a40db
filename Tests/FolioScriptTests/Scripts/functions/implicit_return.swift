func double(_ x: Int) -> Int { x * 2 }
func isEven(_ x: Int) -> Bool {
  x % 2 == 0
}
func label(_ x: Int) -> String {
  isEven(x) ? "even" : "odd"
}
print(double(21))  // expect: 42
print(isEven(7))  // expect: false
print(label(4))  // expect: even
