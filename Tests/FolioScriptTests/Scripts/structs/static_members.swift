struct Units {
  static let metersPerFoot = 0.3048
  static var conversions = 0
  static func feetToMeters(_ feet: Double) -> Double {
    conversions += 1
    return feet * metersPerFoot
  }
}
print(Units.feetToMeters(10))  // expect: 3.048
print(Units.feetToMeters(100))  // expect: 30.48
print(Units.conversions)  // expect: 2
print(Units.metersPerFoot)  // expect: 0.3048
