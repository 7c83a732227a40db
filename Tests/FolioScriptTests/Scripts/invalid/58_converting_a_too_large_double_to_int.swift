let big = 1e19
print(Int(big))

// Converting a too-large Double to Int
// expect runtime error 2:7: Double value 1e+19 cannot be converted to Int because it is outside the representable range
