let teen = 13...19
print(teen.contains(15))  // expect: true
print(teen.contains(20))  // expect: false
let digits = 0..<10
print(digits.count)  // expect: 10
print((1...5).reduce(0, +))  // expect: 15
print((1...4).map { $0 * $0 })  // expect: [1, 4, 9, 16]
