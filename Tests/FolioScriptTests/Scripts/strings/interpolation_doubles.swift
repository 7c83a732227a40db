let total = 10.0
let count = 4.0
print("average: \(total / count)")  // expect: average: 2.5
print("third: \(1.0 / 3)")  // expect: third: 0.3333333333333333
print("whole: \(total)")  // expect: whole: 10.0
print("int: \(Int(total))")  // expect: int: 10
print("sum: \(0.1 + 0.2)")  // expect: sum: 0.30000000000000004
