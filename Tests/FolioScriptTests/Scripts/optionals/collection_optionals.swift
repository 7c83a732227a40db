let values = [7, 2, 9, 4]
print(values.first as Any)  // expect: Optional(7)
print(values.last!)  // expect: 4
print(values.min() as Any)  // expect: Optional(2)
print(values.max() ?? 0)  // expect: 9
print(values.firstIndex(of: 9) as Any)  // expect: Optional(2)
print(values.firstIndex(of: 5) as Any)  // expect: nil
let empty: [Int] = []
print(empty.first as Any, empty.max() as Any)  // expect: nil nil
