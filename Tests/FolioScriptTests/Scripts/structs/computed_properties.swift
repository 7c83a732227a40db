struct Circle {
  var radius: Double
  var diameter: Double {
    radius * 2
  }
  var area: Double {
    get {
      Double.pi * radius * radius
    }
  }
}
let c = Circle(radius: 2)
print(c.diameter)  // expect: 4.0
print(c.area)  // expect: 12.566370614359172
print(c)  // expect: Circle(radius: 2.0)
