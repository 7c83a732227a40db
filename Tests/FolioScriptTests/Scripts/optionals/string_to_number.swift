print(Int("42") as Any)  // expect: Optional(42)
print(Int("x") as Any)  // expect: nil
print(Int("-17")!)  // expect: -17
print(Int("3.5") as Any)  // expect: nil
print(Int(" 4") as Any)  // expect: nil
print(Double("2.5") as Any)  // expect: Optional(2.5)
print(Double("7")!)  // expect: 7.0
print(Double("abc") == nil)  // expect: true
