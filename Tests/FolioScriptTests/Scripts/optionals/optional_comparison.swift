let a: Int? = 3
let b: Int? = nil
print(a == 3)  // expect: true
print(b == nil)  // expect: true
print(a == b)  // expect: false
print(b != 3)  // expect: true
let c: Int? = 3
print(a == c)  // expect: true
