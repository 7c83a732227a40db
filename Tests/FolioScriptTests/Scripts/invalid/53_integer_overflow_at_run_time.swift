var x = Int.max - 1
print(x)
x += 1
print(x)
x += 1
print(x)

// Integer overflow at run time
// expect: 9223372036854775806
// expect: 9223372036854775807
// expect runtime error 5:3: arithmetic overflow: 9223372036854775807 + 1 does not fit in Int
