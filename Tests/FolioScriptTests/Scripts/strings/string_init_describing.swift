let n: Int? = 3
let none: Int? = nil
print("value: \(String(describing: n))")  // expect: value: Optional(3)
print("value: \(String(describing: none))")  // expect: value: nil
print(String(describing: [1, 2]))  // expect: [1, 2]
print(String(describing: "text"))  // expect: text
print(String(describing: 2.0))  // expect: 2.0
