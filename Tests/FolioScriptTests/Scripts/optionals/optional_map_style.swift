func parseAge(_ text: String) -> Int? {
  guard let n = Int(text), n >= 0 else {
    return nil
  }
  return n
}
for input in ["30", "-2", "abc"] {
  if let age = parseAge(input) {
    print("\(input): age \(age)")
  } else {
    print("\(input): invalid")
  }
}
// expect: 30: age 30
// expect: -2: invalid
// expect: abc: invalid
