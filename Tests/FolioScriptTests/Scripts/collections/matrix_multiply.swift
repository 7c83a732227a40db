let a = [[1, 2], [3, 4]]
let b = [[5, 6], [7, 8]]
var c = [[Int]](repeating: [0, 0], count: 2)
for i in 0..<2 {
  for j in 0..<2 {
    for k in 0..<2 {
      c[i][j] += a[i][k] * b[k][j]
    }
  }
}
print(c)  // expect: [[19, 22], [43, 50]]
for row in c {
  print(row.map { String($0) }.joined(separator: "\t"))
}
// expect: 19	22
// expect: 43	50
