func check(_ label: String, _ value: Bool) -> Bool {
  print("checking \(label)")
  return value
}
print(check("a", false) && check("b", true))
// expect: checking a
// expect: false
print(check("c", true) || check("d", true))
// expect: checking c
// expect: true
print(check("e", true) && check("f", false))
// expect: checking e
// expect: checking f
// expect: false
