let a = 17
let b = 5
print(a + b)  // expect: 22
print(a - b)  // expect: 12
print(a * b)  // expect: 85
print(a / b)  // expect: 3
print(a % b)  // expect: 2
print(b - a)  // expect: -12
