let big = 9_223_372_036_854_775_807
print(big)  // expect: 9223372036854775807
print(big == Int.max)  // expect: true
let negative = -42
print(negative)  // expect: -42
print(-negative)  // expect: 42
print(-0)  // expect: 0
print(0b1111_0000)  // expect: 240
