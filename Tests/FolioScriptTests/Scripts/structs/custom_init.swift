struct Temperature {
  var celsius: Double
  init(celsius: Double) {
    self.celsius = celsius
  }
  init(fahrenheit: Double) {
    celsius = (fahrenheit - 32) * 5 / 9
  }
}
let boiling = Temperature(fahrenheit: 212)
print(boiling.celsius)  // expect: 100.0
let body = Temperature(celsius: 37)
print(body)  // expect: Temperature(celsius: 37.0)
