let name: String? = "Ann"
let age: Int? = nil
if let name {
  print("name is \(name)")  // expect: name is Ann
}
if let age {
  print("age is \(age)")
} else {
  print("age unknown")  // expect: age unknown
}
if let name, let age {
  print(name, age)
} else {
  print("incomplete")  // expect: incomplete
}
