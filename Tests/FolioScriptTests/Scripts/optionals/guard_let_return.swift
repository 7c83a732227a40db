func greet(_ name: String?) -> String {
  guard let name = name else {
    return "Hello, stranger"
  }
  return "Hello, \(name)"
}
print(greet("Mia"))  // expect: Hello, Mia
print(greet(nil))  // expect: Hello, stranger
func half(_ n: Int) -> Int? {
  guard n % 2 == 0 else { return nil }
  return n / 2
}
print(half(10) ?? -1, half(7) ?? -1)  // expect: 5 -1
