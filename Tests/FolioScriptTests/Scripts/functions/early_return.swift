func firstNegative(_ values: [Int]) -> Int {
  for v in values {
    if v < 0 {
      return v
    }
  }
  return 0
}
print(firstNegative([3, -4, -9]))  // expect: -4
print(firstNegative([1, 2]))  // expect: 0
func check(_ n: Int) -> String {
  if n < 0 { return "negative" }
  if n == 0 { return "zero" }
  return "positive"
}
print(check(-1), check(0), check(5))  // expect: negative zero positive
