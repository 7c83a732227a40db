struct Point: CustomStringConvertible {
  var x: Double
  var y: Double
  var description: String { "(\(x), \(y))" }
  func distance(to other: Point) -> Double {
    let dx = x - other.x, dy = y - other.y
    return (dx * dx + dy * dy).squareRoot()
  }
  mutating func move(by dx: Double, _ dy: Double = 0) {
    x += dx
    y += dy
  }
}
enum Shape {
  case circle(radius: Double)
  case rect(w: Double, h: Double)
  case empty
  var area: Double {
    switch self {
    case .circle(let r): return 3.0 * r * r
    case let .rect(w, h): return w * h
    case .empty: return 0
    }
  }
}
class Animal {
  let name: String
  init(name: String) { self.name = name }
  func speak() -> String { "..." }
  func intro() -> String { "\(name) says \(speak())" }
}
final class Dog: Animal {
  var tricks: [String] = []
  override func speak() -> String { "Woof" }
  func learn(_ trick: String) { tricks.append(trick) }
}
func makeCounter() -> () -> Int {
  var count = 0
  return {
    count += 1
    return count
  }
}
var p = Point(x: 1, y: 2)
var q = p
q.move(by: 3)
print(p, q, p.distance(to: q))
let shapes: [Shape] = [.circle(radius: 2), .rect(w: 2, h: 3), .empty]
print(shapes.map { $0.area })
print(shapes.map(\.area).reduce(0, +))
let d = Dog(name: "Rex")
d.learn("sit")
d.learn("roll")
print(d.intro(), d.tricks, d.tricks.count)
let counter = makeCounter()
_ = counter()
print(counter(), counter())
var names = ["b": 2, "a": 1]
names["c"] = 3
for key in names.keys.sorted() {
  print(key, names[key] ?? 0)
}
let maybe: Int? = Int("42")
if let value = maybe, value > 40 {
  print("big \(value)")
}
func classify(_ n: Int) -> String {
  switch n {
  case ..<0: return "negative"
  case 0: return "zero"
  case 1...9: return "digit"
  default: return "large"
  }
}
print([-3, 0, 7, 12].map(classify))
let sorted = [3, 1, 2].sorted(by: >)
print(sorted, sorted.first!, [Int]().first as Any)
var total = 0
outer: for i in 0..<5 {
  for j in 0..<5 {
    if j > i { continue outer }
    if i == 4 { break outer }
    total += i * j
  }
}
print("total", total)
print((1, "a"), Optional(3), [Optional(1), nil], Shape.circle(radius: 1.5))

// What swiftc's binary prints:
// expect: (1.0, 2.0) (4.0, 2.0) 3.0
// expect: [12.0, 6.0, 0.0]
// expect: 18.0
// expect: Rex says Woof ["sit", "roll"] 2
// expect: 2 3
// expect: a 1
// expect: b 2
// expect: c 3
// expect: big 42
// expect: ["negative", "zero", "digit", "large"]
// expect: [3, 2, 1] 3 nil
// expect: total 25
// expect: (1, "a") Optional(3) [Optional(1), nil] circle(radius: 1.5)
