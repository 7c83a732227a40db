struct Point: CustomStringConvertible {
  var x: Int
  var y: Int
  var description: String {
    "(\(x), \(y))"
  }
}
let p = Point(x: 1, y: -2)
print(p)  // expect: (1, -2)
print("point \(p)")  // expect: point (1, -2)
print([p, Point(x: 0, y: 0)])  // expect: [(1, -2), (0, 0)]
print(String(describing: p))  // expect: (1, -2)
