struct Rectangle {
  var width: Double
  var height: Double
  func area() -> Double {
    width * height
  }
  func isSquare() -> Bool {
    return width == height
  }
  func scaled(by f: Double) -> Rectangle {
    Rectangle(width: width * f, height: height * f)
  }
}
let r = Rectangle(width: 2, height: 3)
print(r.area())  // expect: 6.0
print(r.isSquare())  // expect: false
print(r.scaled(by: 2))  // expect: Rectangle(width: 4.0, height: 6.0)
print(r.scaled(by: 0.5).area())  // expect: 1.5
