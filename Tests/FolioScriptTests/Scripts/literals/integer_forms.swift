let million = 1_000_000
print(million)  // expect: 1000000
print(0x1F)  // expect: 31
print(0b101)  // expect: 5
print(0o17)  // expect: 15
print(0xFF + 0b1 + 0o10)  // expect: 264
print(-0x10)  // expect: -16
for x in [1_0, 0xff_ff] { print(x) }
// expect: 10
// expect: 65535
