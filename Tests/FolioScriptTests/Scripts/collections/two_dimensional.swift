var grid = [[Int]](repeating: [Int](repeating: 0, count: 3), count: 2)
grid[0][1] = 5
grid[1][2] = 7
print(grid)  // expect: [[0, 5, 0], [0, 0, 7]]
print(grid[1][2])  // expect: 7
print(grid.count, grid[0].count)  // expect: 2 3
grid[1].append(9)
print(grid[1])  // expect: [0, 0, 7, 9]
