func square(_ x: Double) -> Double { x * x }
func distance(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> Double {
  sqrt(square(x2 - x1) + square(y2 - y1))
}
print(distance(0, 0, 3, 4))  // expect: 5.0
print(distance(1, 1, 1, 1))  // expect: 0.0
print(distance(-1, 0, 1, 0))  // expect: 2.0
