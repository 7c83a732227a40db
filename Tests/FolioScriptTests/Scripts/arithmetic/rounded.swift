print(2.5.rounded())  // expect: 3.0
print((-2.5).rounded())  // expect: -3.0
print(2.4.rounded())  // expect: 2.0
print(2.6.rounded())  // expect: 3.0
let price = 3.14159
print((price * 100).rounded() / 100)  // expect: 3.14
print(Int(7.7.rounded()))  // expect: 8
