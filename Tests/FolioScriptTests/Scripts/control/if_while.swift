let x = 5
if x > 3 {
  print("big")
} else {
  print("small")
}
// expect: big
if x > 10 {
  print("huge")
} else if x > 4 {
  print("medium")
} else {
  print("small")
}
// expect: medium
var n = 0
while n < 3 {
  n += 1
}
print(n)  // expect: 3
