func find(_ target: String, in names: [String]) -> Int? {
  for (i, name) in names.enumerated() {
    if name == target {
      return i
    }
  }
  return nil
}
let names = ["ann", "bob", "cy"]
print(find("bob", in: names) as Any)  // expect: Optional(1)
print(find("dan", in: names) as Any)  // expect: nil
if let i = find("cy", in: names) {
  print("found at \(i)")  // expect: found at 2
}
