print(10.0)  // expect: 10.0
print(-3.0)  // expect: -3.0
print(1_000_000.0)  // expect: 1000000.0
print(0.5)  // expect: 0.5
print(2.0 / 3.0)  // expect: 0.6666666666666666
print(1.0 / 3.0)  // expect: 0.3333333333333333
print(100.0 / 7)  // expect: 14.285714285714286
