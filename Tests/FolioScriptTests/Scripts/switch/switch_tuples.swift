func quadrant(_ point: (Int, Int)) -> String {
  switch point {
  case (0, 0):
    return "origin"
  case (_, 0):
    return "on x-axis"
  case (0, _):
    return "on y-axis"
  case (1...5, 1...5):
    return "near, first quadrant"
  default:
    return "elsewhere"
  }
}
print(quadrant((0, 0)))  // expect: origin
print(quadrant((3, 0)))  // expect: on x-axis
print(quadrant((0, -2)))  // expect: on y-axis
print(quadrant((2, 4)))  // expect: near, first quadrant
print(quadrant((9, 9)))  // expect: elsewhere
