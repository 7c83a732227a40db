var f = 1
for i in 1...25 {
  f *= i
}
print(f)

// Multiplication overflow at run time
// expect runtime error 3:5: arithmetic overflow: 2432902008176640000 * 21 does not fit in Int
