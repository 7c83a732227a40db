let xs = [1, 2, 3]
print(xs[0])
print(xs[3])

// Array index out of range
// expect: 1
// expect runtime error 3:7: index 3 out of range for array of count 3
