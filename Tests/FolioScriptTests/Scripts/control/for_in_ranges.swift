var closed = 0
for i in 1...5 {
  closed += i
}
print(closed)  // expect: 15
var halfOpen = 0
for i in 1..<5 {
  halfOpen += i
}
print(halfOpen)  // expect: 10
for i in 0..<0 {
  print("never \(i)")
}
print(Array(3...6))  // expect: [3, 4, 5, 6]
