print(42)  // expect: 42
print(1_000_000)  // expect: 1000000
print(0x1F)  // expect: 31
print(0b101)  // expect: 5
print(0o17)  // expect: 15
print(1.5)  // expect: 1.5
print(1e-6)  // expect: 1e-06
print(100000.0)  // expect: 100000.0
print(1e16)  // expect: 1e+16
print(0.1 + 0.2)  // expect: 0.30000000000000004
print(-7)  // expect: -7
print(2.5e3)  // expect: 2500.0
print(true, false)  // expect: true false
