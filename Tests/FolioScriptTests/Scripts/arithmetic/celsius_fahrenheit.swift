func toFahrenheit(_ c: Double) -> Double {
  c * 9 / 5 + 32
}
func toCelsius(_ f: Double) -> Double {
  (f - 32) * 5 / 9
}
print(toFahrenheit(100))  // expect: 212.0
print(toFahrenheit(-40))  // expect: -40.0
print(toCelsius(98.6))  // expect: 37.0
print(toFahrenheit(36.6))  // expect: 97.88000000000001
