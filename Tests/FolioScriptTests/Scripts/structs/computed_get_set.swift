struct Temperature {
  var celsius: Double
  var fahrenheit: Double {
    get { celsius * 9 / 5 + 32 }
    set { celsius = (newValue - 32) * 5 / 9 }
  }
}
var t = Temperature(celsius: 25)
print(t.fahrenheit)  // expect: 77.0
t.fahrenheit = 212
print(t.celsius)  // expect: 100.0
t.fahrenheit += 18
print(t.celsius)  // expect: 110.0
