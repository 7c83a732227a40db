func kind(_ c: String) -> String {
  switch c {
  case "a", "e", "i", "o", "u":
    return "vowel"
  case "y":
    return "sometimes"
  default:
    return "consonant"
  }
}
print(["a", "b", "y", "u"].map(kind))  // expect: ["vowel", "consonant", "sometimes", "vowel"]
func small(_ n: Int) -> Bool {
  switch n {
  case 1, 2, 3: return true
  default: return false
  }
}
print(small(2), small(4))  // expect: true false
