let a = 0.1 + 0.2
print(a == 0.3)  // expect: false
print(abs(a - 0.3) < 1e-9)  // expect: true
print(min(a, 0.3))  // expect: 0.3
print(max(-0.5, -1.5))  // expect: -0.5
print(1.0 == 1)  // expect: true
