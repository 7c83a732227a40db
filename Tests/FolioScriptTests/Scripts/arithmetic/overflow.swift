let big = 9223372036854775807
print(big)  // expect: 9223372036854775807
print(big + 1)  // expect runtime error 3:11: arithmetic overflow: 9223372036854775807 + 1 does not fit in Int
