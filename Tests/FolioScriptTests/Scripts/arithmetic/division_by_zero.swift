let zero = 0
print(1 / zero)  // expect runtime error 2:9: division by zero
