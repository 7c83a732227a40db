var numbers = [1, 2, 3]
numbers.append("4")

// Appending the wrong element type
// expect runtime error 2:16: cannot convert value of type 'String' to expected argument type 'Int'
