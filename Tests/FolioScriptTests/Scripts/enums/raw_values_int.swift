enum Planet: Int {
  case mercury = 1, venus, earth, mars
}
print(Planet.earth.rawValue)  // expect: 3
print(Planet.mars.rawValue)  // expect: 4
print(Planet(rawValue: 2)!)  // expect: venus
print(Planet(rawValue: 9) == nil)  // expect: true
enum Status: Int {
  case ok = 200, notFound = 404
}
print(Status.notFound.rawValue)  // expect: 404
