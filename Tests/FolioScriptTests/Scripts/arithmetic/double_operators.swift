let x = 7.0
print(x / 2)  // expect: 3.5
print(x * 1.5)  // expect: 10.5
print(x - 10)  // expect: -3.0
print(1 / 3.0)  // expect: 0.3333333333333333
print(0.1 * 3)  // expect: 0.30000000000000004
print(1.1 * 1.1)  // expect: 1.2100000000000002
print(x > 6.5)  // expect: true
