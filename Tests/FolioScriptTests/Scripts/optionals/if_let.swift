let input: String? = "Swift"
if let text = input {
  print("got \(text)")  // expect: got Swift
} else {
  print("nothing")
}
let missing: Int? = nil
if let value = missing {
  print(value)
} else {
  print("no value")  // expect: no value
}
