// Types declare read-only subscripts; several are told apart by their argument labels.
struct Grid {
  var values: [Double]
  let columns: Int
  subscript(row: Int, column: Int) -> Double {
    values[row * columns + column]
  }
  subscript(label label: String) -> String { "grid \(label)" }
}
let g = Grid(values: [1, 2, 3, 4, 5, 6], columns: 3)
print(g[1, 2], g[0, 0], g[label: "a"])
class Squares {
  let count = 4
  subscript(index: Int) -> Int { index * index }
}
let s = Squares()
print((0..<s.count).map { s[$0] })
struct Table {
  var cells: [Int]
  subscript(index: Int) -> Int {
    get { cells[index] }
  }
}
print(Table(cells: [3, 4])[1])

// expect: 6.0 1.0 grid a
// expect: [0, 1, 4, 9]
// expect: 4
