struct Vector {
  var x: Double
  var y: Double
  func dot(_ other: Vector) -> Double {
    self.x * other.x + self.y * other.y
  }
  func length() -> Double {
    dot(self).squareRoot()
  }
  mutating func normalize() {
    let len = length()
    x /= len
    y /= len
  }
}
var v = Vector(x: 3, y: 4)
print(v.length())  // expect: 5.0
v.normalize()
print(v)  // expect: Vector(x: 0.6, y: 0.8)
