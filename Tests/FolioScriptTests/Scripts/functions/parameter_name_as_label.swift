func area(width: Double, height: Double) -> Double {
  width * height
}
print(area(width: 3, height: 4.5))  // expect: 13.5
func describe(name: String, age: Int) {
  print("\(name) is \(age)")
}
describe(name: "Lee", age: 30)  // expect: Lee is 30
