print(Int.max)  // expect: 9223372036854775807
print(Int.min)  // expect: -9223372036854775808
print(Int.max - 1)  // expect: 9223372036854775806
print(Int.min + 1)  // expect: -9223372036854775807
print(Int.max / 2)  // expect: 4611686018427387903
