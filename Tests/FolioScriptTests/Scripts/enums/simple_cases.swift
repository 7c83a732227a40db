enum Direction {
  case north
  case south
  case east, west
}
let d = Direction.north
print(d)  // expect: north
var e: Direction = .east
print(e)  // expect: east
e = .west
print(e == .west)  // expect: true
print(d == e)  // expect: false
