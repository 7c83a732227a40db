func add(_ a: Int, _ b: Int) -> Int { a + b }
func mul(_ a: Int, _ b: Int) -> Int { a * b }
var op: (Int, Int) -> Int = add
print(op(3, 4))  // expect: 7
op = mul
print(op(3, 4))  // expect: 12
let ops: [(Int, Int) -> Int] = [add, mul, { $0 - $1 }]
print(ops.map { $0(10, 2) })  // expect: [12, 20, 8]
