struct Matrix: CustomStringConvertible, Equatable {
  var rows: Int
  var cols: Int
  var grid: [[Double]]

  init(rows: Int, cols: Int, fill: Double = 0) {
    self.rows = rows
    self.cols = cols
    grid = Array(repeating: Array(repeating: fill, count: cols), count: rows)
  }

  init(_ values: [[Double]]) {
    rows = values.count
    cols = values.first?.count ?? 0
    grid = values
  }

  static func identity(_ n: Int) -> Matrix {
    var m = Matrix(rows: n, cols: n)
    for i in 0..<n {
      m.grid[i][i] = 1
    }
    return m
  }

  var transposed: Matrix {
    var t = Matrix(rows: cols, cols: rows)
    for r in 0..<rows {
      for c in 0..<cols {
        t.grid[c][r] = grid[r][c]
      }
    }
    return t
  }

  func multiplied(by other: Matrix) -> Matrix? {
    guard cols == other.rows else { return nil }
    var result = Matrix(rows: rows, cols: other.cols)
    for r in 0..<rows {
      for c in 0..<other.cols {
        var sum = 0.0
        for k in 0..<cols {
          sum += grid[r][k] * other.grid[k][c]
        }
        result.grid[r][c] = sum
      }
    }
    return result
  }

  mutating func scale(by factor: Double) {
    grid = grid.map { row in row.map { $0 * factor } }
  }

  var description: String {
    grid.map { row in row.map { String($0) }.joined(separator: " ") }.joined(separator: "\n")
  }
}

let a = Matrix([[1, 2, 3], [4, 5, 6]])
print(a.transposed)
// expect: 1.0 4.0
// expect: 2.0 5.0
// expect: 3.0 6.0
let product = a.multiplied(by: a.transposed)!
print(product)
// expect: 14.0 32.0
// expect: 32.0 77.0
print(a.multiplied(by: a) == nil)  // expect: true
print(a.multiplied(by: Matrix.identity(3))! == a)  // expect: true
var b = Matrix.identity(2)
b.scale(by: 0.5)
print(b.grid)  // expect: [[0.5, 0.0], [0.0, 0.5]]
print("\(product.rows)x\(product.cols), trace \(product.grid[0][0] + product.grid[1][1])")  // expect: 2x2, trace 91.0
