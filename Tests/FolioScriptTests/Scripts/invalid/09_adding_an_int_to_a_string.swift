let n = 5
print("n = " + n)

// Adding an Int to a String
// expect runtime error 2:14: binary operator '+' cannot be applied to operands of type 'String' and 'Int'
