func describe(_ s: String) -> String {
  s.isEmpty ? "(empty)" : "'\(s)' has \(s.count) characters"
}
print(describe(""))  // expect: (empty)
print(describe("hi"))  // expect: 'hi' has 2 characters
print(describe(" "))  // expect: ' ' has 1 characters
