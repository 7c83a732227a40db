class Rectangle {
  var width: Double
  var height: Double
  init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }
  var area: Double { width * height }
  var aspect: Double {
    get { width / height }
    set { width = height * newValue }
  }
}
let r = Rectangle(width: 4, height: 2)
print(r.area, r.aspect)  // expect: 8.0 2.0
r.aspect = 3
print(r.width, r.area)  // expect: 6.0 12.0
