print(String(repeating: "-", count: 10))  // expect: ----------
print(String(repeating: "ab", count: 3))  // expect: ababab
print("[" + String(repeating: " ", count: 0) + "]")  // expect: []
for i in 1...4 {
  print(String(repeating: "*", count: i))
}
// expect: *
// expect: **
// expect: ***
// expect: ****
