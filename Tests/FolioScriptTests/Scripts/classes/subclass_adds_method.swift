class Point {
  var x: Double
  var y: Double
  init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}
class NamedPoint: Point, CustomStringConvertible {
  var name: String
  init(name: String, x: Double, y: Double) {
    self.name = name
    super.init(x: x, y: y)
  }
  func moved(dx: Double) -> NamedPoint {
    NamedPoint(name: name + "'", x: x + dx, y: y)
  }
  var description: String { "\(name)(\(x), \(y))" }
}
let p = NamedPoint(name: "P", x: 1, y: 2)
print(p.moved(dx: 0.5))  // expect: P'(1.5, 2.0)
print(p)  // expect: P(1.0, 2.0)
