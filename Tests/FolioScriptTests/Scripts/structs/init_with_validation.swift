struct Percentage {
  var value: Int
  init(_ raw: Int) {
    if raw < 0 {
      value = 0
    } else if raw > 100 {
      value = 100
    } else {
      value = raw
    }
  }
}
print(Percentage(-5).value)  // expect: 0
print(Percentage(42).value)  // expect: 42
print(Percentage(300))  // expect: Percentage(value: 100)
