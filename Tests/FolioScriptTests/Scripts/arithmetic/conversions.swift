print(Double(3))  // expect: 3.0
print(Int(3.9))  // expect: 3
print(Int(-3.9))  // expect: -3
print(Int(2.5.rounded()))  // expect: 3
let count = 7
let total = 2.0
print(total / Double(count))  // expect: 0.2857142857142857
print(Int(total) * count)  // expect: 14
print(Double(count) / 2)  // expect: 3.5
