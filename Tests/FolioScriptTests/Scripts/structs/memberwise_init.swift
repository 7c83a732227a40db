struct Point {
  var x: Int
  var y: Int
}
let p = Point(x: 3, y: 4)
print(p.x, p.y)  // expect: 3 4
print(p)  // expect: Point(x: 3, y: 4)
var q = p
q.x = 10
print(q)  // expect: Point(x: 10, y: 4)
