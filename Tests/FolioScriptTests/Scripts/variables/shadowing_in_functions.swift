let value = 100
func show() {
  let value = 5
  print(value)
}
show()  // expect: 5
print(value)  // expect: 100
func param(value: Int) -> Int {
  let value = value * 3
  return value
}
print(param(value: 2))  // expect: 6
