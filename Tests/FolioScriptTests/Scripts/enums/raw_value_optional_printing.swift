enum Size: String {
  case small = "S", large = "L"
}
let found = Size(rawValue: "L")
let missing = Size(rawValue: "XL")
print(found as Any)  // expect: Optional(main.Size.large)
print(String(describing: missing))  // expect: nil
print(found!)  // expect: large
