var operations: [(Int) -> Int] = []
operations.append { $0 + 1 }
operations.append { $0 * 2 }
operations.append { $0 * $0 }
var value = 3
for op in operations {
  value = op(value)
}
print(value)  // expect: 64
print(operations.map { $0(10) })  // expect: [11, 20, 100]
