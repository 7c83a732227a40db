enum Direction {
  case north, east, south, west
  func turnedRight() -> Direction {
    switch self {
    case .north: return .east
    case .east: return .south
    case .south: return .west
    case .west: return .north
    }
  }
  var isVertical: Bool {
    self == .north || self == .south
  }
}
var d = Direction.north
d = d.turnedRight()
print(d, d.isVertical)  // expect: east false
print(d.turnedRight().turnedRight().turnedRight())  // expect: north
