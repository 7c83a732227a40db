let zero = 0.0
print(Int(1 / zero))

// Converting infinity to Int
// expect runtime error 2:7: Double value inf cannot be converted to Int because it is outside the representable range
