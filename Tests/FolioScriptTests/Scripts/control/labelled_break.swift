let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
var found: (Int, Int)? = nil
outer: for (r, row) in grid.enumerated() {
  for (c, value) in row.enumerated() {
    if value == 5 {
      found = (r, c)
      break outer
    }
  }
}
print(found!)  // expect: (1, 1)
