class Vehicle {
  var wheels: Int
  var name: String
  init(name: String, wheels: Int) {
    self.name = name
    self.wheels = wheels
  }
}
class Bicycle: Vehicle {
  var hasBell: Bool
  init(hasBell: Bool) {
    self.hasBell = hasBell
    super.init(name: "bicycle", wheels: 2)
  }
}
let bike = Bicycle(hasBell: true)
print(bike.name, bike.wheels, bike.hasBell)  // expect: bicycle 2 true
