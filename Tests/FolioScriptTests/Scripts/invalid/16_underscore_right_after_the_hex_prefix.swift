let mask = 0x_FF
print(mask)

// Underscore right after the hex prefix
// expect error 1:14: '_' is not a valid digit right after '0x' in an integer literal
