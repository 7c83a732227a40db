let big = 9223372036854775808
print(big)

// Integer literal too large for Int
// expect error 1:11: integer literal '9223372036854775808' overflows Int
