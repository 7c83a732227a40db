enum Shape: CustomStringConvertible {
  case circle(radius: Double)
  case rectangle(width: Double, height: Double)
  case triangle(a: Double, b: Double, c: Double)

  var area: Double {
    switch self {
    case .circle(let r):
      return Double.pi * r * r
    case let .rectangle(w, h):
      return w * h
    case let .triangle(a, b, c):
      let s = (a + b + c) / 2
      return (s * (s - a) * (s - b) * (s - c)).squareRoot()
    }
  }

  var perimeter: Double {
    switch self {
    case .circle(let r):
      return 2 * Double.pi * r
    case let .rectangle(w, h):
      return 2 * (w + h)
    case let .triangle(a, b, c):
      return a + b + c
    }
  }

  var name: String {
    switch self {
    case .circle: return "circle"
    case .rectangle(let w, let h) where w == h: return "square"
    case .rectangle: return "rectangle"
    case .triangle: return "triangle"
    }
  }

  var description: String { name }
}

func rounded(_ x: Double, places: Int) -> Double {
  let factor = pow(10.0, Double(places))
  return (x * factor).rounded() / factor
}

let shapes: [Shape] = [
  .circle(radius: 1.5),
  .rectangle(width: 4, height: 2.5),
  .rectangle(width: 3, height: 3),
  .triangle(a: 3, b: 4, c: 5),
]

for shape in shapes {
  print("\(shape): area \(rounded(shape.area, places: 2)), perimeter \(rounded(shape.perimeter, places: 2))")
}
// expect: circle: area 7.07, perimeter 9.42
// expect: rectangle: area 10.0, perimeter 13.0
// expect: square: area 9.0, perimeter 12.0
// expect: triangle: area 6.0, perimeter 12.0

let largest = shapes.max { $0.area < $1.area }!
print("largest: \(largest)")  // expect: largest: rectangle
let byArea = shapes.sorted { $0.area < $1.area }
print(byArea)  // expect: [triangle, circle, square, rectangle]
let total = shapes.map(\.area).reduce(0, +)
print("total area: \(rounded(total, places: 3))")  // expect: total area: 32.069
