struct Life: CustomStringConvertible {
  var cells: [[Bool]]
  var generation = 0

  init(pattern: [String]) {
    cells = pattern.map { row in
      row.split(separator: " ").map { $0 == "#" }
    }
  }

  var rows: Int { cells.count }
  var cols: Int { cells[0].count }

  func liveNeighbors(_ r: Int, _ c: Int) -> Int {
    var count = 0
    for dr in -1...1 {
      for dc in -1...1 {
        if dr == 0 && dc == 0 { continue }
        let nr = r + dr
        let nc = c + dc
        if nr >= 0 && nr < rows && nc >= 0 && nc < cols && cells[nr][nc] {
          count += 1
        }
      }
    }
    return count
  }

  mutating func step() {
    var next = cells
    for r in 0..<rows {
      for c in 0..<cols {
        let n = liveNeighbors(r, c)
        next[r][c] = cells[r][c] ? (n == 2 || n == 3) : n == 3
      }
    }
    cells = next
    generation += 1
  }

  var population: Int {
    cells.map { row in row.filter { $0 }.count }.reduce(0, +)
  }

  var description: String {
    cells.map { row in row.map { $0 ? "#" : "." }.joined() }.joined(separator: "\n")
  }
}

var life = Life(pattern: [
  ". . . . .",
  ". . # . .",
  ". . # . .",
  ". . # . .",
  ". . . . .",
])
print(life)
// expect: .....
// expect: ..#..
// expect: ..#..
// expect: ..#..
// expect: .....
life.step()
print("generation \(life.generation), population \(life.population)")  // expect: generation 1, population 3
print(life)
// expect: .....
// expect: .....
// expect: .###.
// expect: .....
// expect: .....
life.step()
print(life.cells[1][2], life.cells[2][1])  // expect: true false
var block = Life(pattern: ["# #", "# #"])
block.step()
print(block.population, block.liveNeighbors(0, 0))  // expect: 4 3
