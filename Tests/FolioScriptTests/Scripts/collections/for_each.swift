let xs = [3, 1, 2]
xs.forEach { print($0 * 100) }
// expect: 300
// expect: 100
// expect: 200
var total = 0
xs.forEach { total += $0 }
print(total)  // expect: 6
["a", "b"].enumerated().forEach { print($0.offset, $0.element) }
// expect: 0 a
// expect: 1 b
