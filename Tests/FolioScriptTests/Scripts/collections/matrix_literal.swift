let m = [
  [1, 2, 3],
  [4, 5, 6],
]
var transposed: [[Int]] = []
for c in 0..<3 {
  var row: [Int] = []
  for r in 0..<2 {
    row.append(m[r][c])
  }
  transposed.append(row)
}
print(transposed)  // expect: [[1, 4], [2, 5], [3, 6]]
print(m.map { $0.reduce(0, +) })  // expect: [6, 15]
