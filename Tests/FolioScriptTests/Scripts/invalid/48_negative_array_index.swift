let xs = [10]
let i = xs.count - 2
print(xs[i])

// Negative array index
// expect runtime error 3:7: index -1 out of range for array of count 1
