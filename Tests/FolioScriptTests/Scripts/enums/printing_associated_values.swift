enum Shape {
  case circle(radius: Double)
  case rectangle(width: Double, height: Double)
  case point
  case labelled(String, Int)
}
print(Shape.circle(radius: 2))  // expect: circle(radius: 2.0)
print(Shape.rectangle(width: 1, height: 2))  // expect: rectangle(width: 1.0, height: 2.0)
print(Shape.point)  // expect: point
print(Shape.labelled("a", 1))  // expect: labelled("a", 1)
print([Shape.point, .circle(radius: 1)])  // expect: [main.Shape.point, main.Shape.circle(radius: 1.0)]
