struct Point {
  var x: Double
  var y: Double
}
struct Line {
  var start: Point
  var end: Point
  var label: String
}
let line = Line(start: Point(x: 0, y: 0), end: Point(x: 1, y: 2.5), label: "diag")
print(line)  // expect: Line(start: main.Point(x: 0.0, y: 0.0), end: main.Point(x: 1.0, y: 2.5), label: "diag")
print(line.end)  // expect: Point(x: 1.0, y: 2.5)
print([line.start])  // expect: [main.Point(x: 0.0, y: 0.0)]
