print(1e-6)  // expect: 1e-06
print(2.5e3)  // expect: 2500.0
print(1.5e-3)  // expect: 0.0015
print(0.1 + 0.2)  // expect: 0.30000000000000004
print(100000.0)  // expect: 100000.0
print(1e16)  // expect: 1e+16
print(1.0)  // expect: 1.0
print(3e0)  // expect: 3.0
print(12.5e-1)  // expect: 1.25
let tiny = 0.000_001
print(tiny == 1e-6)  // expect: true
