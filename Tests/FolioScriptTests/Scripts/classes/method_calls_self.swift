class Thermostat {
  var target: Double
  var current: Double
  init(target: Double, current: Double) {
    self.target = target
    self.current = current
  }
  func needsHeating() -> Bool { current < target }
  func step() {
    if needsHeating() {
      current += 1.5
    }
  }
}
let t = Thermostat(target: 20, current: 16)
while t.needsHeating() {
  t.step()
}
print(t.current)  // expect: 20.5
