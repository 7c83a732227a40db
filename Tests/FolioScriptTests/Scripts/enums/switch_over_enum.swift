enum Light {
  case red, yellow, green
}
func action(_ light: Light) -> String {
  switch light {
  case .red:
    return "stop"
  case .yellow:
    return "slow down"
  case .green:
    return "go"
  }
}
print(action(.red))  // expect: stop
print(action(.green))  // expect: go
print([Light.yellow, .red].map(action))  // expect: ["slow down", "stop"]
