let names = ["ann", "bob", "cy", "bob"]
print(names.firstIndex(of: "bob")!)  // expect: 1
print(names.firstIndex(of: "zed") == nil)  // expect: true
if let i = names.firstIndex(of: "cy") {
  print("cy at \(i)")  // expect: cy at 2
}
