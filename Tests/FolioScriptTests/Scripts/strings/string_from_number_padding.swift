func pad(_ n: Int, width: Int) -> String {
  let s = String(n)
  return String(repeating: " ", count: max(0, width - s.count)) + s
}
for n in [5, 42, 1234] {
  print("[\(pad(n, width: 4))]")
}
// expect: [   5]
// expect: [  42]
// expect: [1234]
print(pad(123456, width: 4))  // expect: 123456
