let values = [4, 0]
print(values[0] / values[1])

// Integer division by zero at run time
// expect runtime error 2:17: division by zero
