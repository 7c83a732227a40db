func bucket(_ age: Int) -> String {
  switch age {
  case ..<0:
    return "invalid"
  case 0..<13:
    return "child"
  case 13...19:
    return "teen"
  case 20..<65:
    return "adult"
  default:
    return "senior"
  }
}
for age in [-1, 0, 12, 13, 19, 20, 64, 65] {
  print(age, bucket(age))
}
// expect: -1 invalid
// expect: 0 child
// expect: 12 child
// expect: 13 teen
// expect: 19 teen
// expect: 20 adult
// expect: 64 adult
// expect: 65 senior
