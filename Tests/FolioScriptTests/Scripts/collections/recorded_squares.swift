let squares = (1...4).map { $0 * $0 }
print(squares, squares.reduce(0, +))

// What swiftc's binary prints:
// expect: [1, 4, 9, 16] 30
