enum Reading {
  case temperature(Double)
  case humidity(Int)
}
func describe(_ r: Reading) -> String {
  switch r {
  case .temperature(let t) where t > 30:
    return "hot \(t)"
  case .temperature(let t):
    return "mild \(t)"
  case .humidity(let h) where h >= 80:
    return "humid"
  case .humidity:
    return "dry"
  }
}
print(describe(.temperature(35.5)))  // expect: hot 35.5
print(describe(.temperature(20)))  // expect: mild 20.0
print(describe(.humidity(90)))  // expect: humid
print(describe(.humidity(10)))  // expect: dry
