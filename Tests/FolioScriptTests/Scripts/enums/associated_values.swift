enum Shape {
  case circle(radius: Double)
  case rectangle(width: Double, height: Double)
  case square(Double)
}
func area(_ s: Shape) -> Double {
  switch s {
  case .circle(let r):
    return 3.0 * r * r
  case let .rectangle(w, h):
    return w * h
  case .square(let side):
    return side * side
  }
}
print(area(.circle(radius: 2)))  // expect: 12.0
print(area(.rectangle(width: 2, height: 3)))  // expect: 6.0
print(area(.square(4)))  // expect: 16.0
