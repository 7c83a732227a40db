func add(_ a: Int, _ b: Int) -> Int {
  return a + b
}
print(add(2, 3))  // expect: 5
func repeatText(_ text: String, times: Int) -> String {
  String(repeating: text, count: times)
}
print(repeatText("ha", times: 3))  // expect: hahaha
