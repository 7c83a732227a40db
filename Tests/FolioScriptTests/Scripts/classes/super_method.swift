class Shape {
  func describe() -> String {
    "a shape"
  }
}
class Square: Shape {
  var side: Double
  init(side: Double) {
    self.side = side
  }
  override func describe() -> String {
    super.describe() + " with side \(side)"
  }
}
print(Square(side: 2).describe())  // expect: a shape with side 2.0
print(Shape().describe())  // expect: a shape
