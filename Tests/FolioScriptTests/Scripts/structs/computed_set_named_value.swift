struct Square {
  var side: Double
  var area: Double {
    get { side * side }
    set(newArea) { side = newArea.squareRoot() }
  }
}
var s = Square(side: 3)
print(s.area)  // expect: 9.0
s.area = 64
print(s.side)  // expect: 8.0
