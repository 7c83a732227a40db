let parsed = Int("42")
print(parsed + 1)

// Using an optional without unwrapping
// expect runtime error 2:14: binary operator '+' cannot be applied to operands of type 'Optional<Int>' and 'Int'
