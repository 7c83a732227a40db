let pair = (1, "a")
print(pair)  // expect: (1, "a")
print(pair.0, pair.1)  // expect: 1 a
let point = (x: 1, y: 2)
print(point)  // expect: (x: 1, y: 2)
print(point.x + point.y)  // expect: 3
print(point.0)  // expect: 1
var mutable = (name: "dot", size: 1.5)
mutable.size *= 2
print(mutable)  // expect: (name: "dot", size: 3.0)
