let a: Int? = 3
let b: Int? = nil
print(a as Any)  // expect: Optional(3)
print(b as Any)  // expect: nil
let s: String? = "hi"
print(s as Any)  // expect: Optional("hi")
print([a, b])  // expect: [Optional(3), nil]
print(a!)  // expect: 3
