var total = 0
var n = 1
while true {
  total += n
  if total > 20 {
    break
  }
  n += 1
}
print(n, total)  // expect: 6 21
