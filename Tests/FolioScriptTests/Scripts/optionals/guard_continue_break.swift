let raw = ["4", "x", "15", "", "8", "stop", "9"]
var sum = 0
for item in raw {
  guard item != "stop" else { break }
  guard let n = Int(item) else {
    print("skip '\(item)'")
    continue
  }
  sum += n
}
// expect: skip 'x'
// expect: skip ''
print(sum)  // expect: 27
