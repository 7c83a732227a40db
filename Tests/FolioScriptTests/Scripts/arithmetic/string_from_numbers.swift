print(String(42))  // expect: 42
print(String(3.5))  // expect: 3.5
print(String(-0.5))  // expect: -0.5
print(String(10.0))  // expect: 10.0
let s = String(7) + String(8)
print(s)  // expect: 78
print(String(1e20))  // expect: 1e+20
