let xs = [4, 8, 15, 16, 23, 42]
print(xs.first!)  // expect: 4
print(xs.last!)  // expect: 42
print(xs.first as Any)  // expect: Optional(4)
let none: [String] = []
print(none.first ?? "empty")  // expect: empty
print(none.last == nil)  // expect: true
