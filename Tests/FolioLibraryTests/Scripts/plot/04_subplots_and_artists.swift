// subplots gives one axes, a tuple for a row, or rows of axes for a grid.
let fig = Figure(size: (8, 6))
let grid = fig.subplots(2, 3)
print(grid.count, grid[0].count)
let (left, right) = Figure().subplots(1, 2)
left.scatter([1, 2], [3, 4], c: "red")
let (counts, edges) = right.hist([1, 2, 2, 3, 3, 3], bins: 3)
print(counts, edges)
print(left.contourf([0, 1], [0, 1], [[0, 1], [1, 2]], levels: 4))
close(fig)

// expect: 2 3
// expect: [1.0, 2.0, 3.0] [1.0, 1.6666666666666665, 2.333333333333333, 3.0]
// expect: [0.0, 0.4, 0.8, 1.2000000000000002, 1.6, 2.0]
