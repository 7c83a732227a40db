let x = Int.max + 1
print(x)

// Constant integer overflow is diagnosed at compile time
// expect runtime error 1:17: arithmetic overflow: 9223372036854775807 + 1 does not fit in Int
