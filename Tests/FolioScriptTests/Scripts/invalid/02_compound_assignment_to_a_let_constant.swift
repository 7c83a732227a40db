let total = 10
total += 5

// Compound assignment to a `let` constant
// expect error 2:1: cannot assign to value: 'total' is a 'let' constant
