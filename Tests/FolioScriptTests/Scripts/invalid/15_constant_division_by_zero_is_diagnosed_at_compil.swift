print(10 / 0)

// Constant division by zero is diagnosed at compile time
// expect runtime error 1:10: division by zero
