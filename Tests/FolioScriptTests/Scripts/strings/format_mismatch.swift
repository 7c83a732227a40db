// A conversion whose argument has the wrong type is a message, not undefined behaviour.
print(String(format: "%.2f", 1.5))
print(String(format: "%d items", 2.5))

// expect: 1.50
// expect runtime error 3:7: String(format:): '%d' expects an Int, got 'Double'
