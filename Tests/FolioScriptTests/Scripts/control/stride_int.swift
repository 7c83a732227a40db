var upTo: [Int] = []
for i in stride(from: 0, to: 10, by: 3) {
  upTo.append(i)
}
print(upTo)  // expect: [0, 3, 6, 9]
var through: [Int] = []
for i in stride(from: 0, through: 9, by: 3) {
  through.append(i)
}
print(through)  // expect: [0, 3, 6, 9]
print(Array(stride(from: 10, to: 0, by: -4)))  // expect: [10, 6, 2]
print(Array(stride(from: 10, through: 2, by: -4)))  // expect: [10, 6, 2]
print(Array(stride(from: 1, to: 1, by: 5)))  // expect: []
