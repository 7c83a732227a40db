let d = Int("0")!
print(7 % d)

// Remainder by zero at run time
// expect runtime error 2:9: division by zero in remainder operation
