class Shape: CustomStringConvertible {
  func area() -> Double { 0 }
  var description: String { "shape with area \(area())" }
}
class Circle: Shape {
  let r: Double
  init(r: Double) { self.r = r }
  override func area() -> Double { 3 * r * r }
}
class Rect: Shape {
  let w: Double, h: Double
  init(w: Double, h: Double) { self.w = w; self.h = h }
  override func area() -> Double { w * h }
}
let shapes: [Shape] = [Circle(r: 1), Rect(w: 2, h: 5)]
for s in shapes {
  print(s)
}
// expect: shape with area 3.0
// expect: shape with area 10.0
print(shapes.map { $0.area() }.reduce(0, +))  // expect: 13.0
