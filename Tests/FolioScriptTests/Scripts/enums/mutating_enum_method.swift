enum Switch {
  case on, off
  mutating func toggle() {
    self = self == .on ? .off : .on
  }
}
var s = Switch.off
s.toggle()
print(s)  // expect: on
s.toggle()
s.toggle()
print(s)  // expect: on
