struct Point {
  var x: Int
  var y: Int
}
let p = Point(x: 1, y: 2)
print("p = \(p)")  // expect: p = Point(x: 1, y: 2)
print("x is \(p.x), y is \(p.y)")  // expect: x is 1, y is 2
print("sum: \(p.x + p.y)")  // expect: sum: 3
