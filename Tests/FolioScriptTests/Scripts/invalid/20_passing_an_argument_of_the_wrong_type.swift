func double(_ x: Int) -> Int { x * 2 }
print(double("4"))

// Passing an argument of the wrong type
// expect runtime error 2:14: cannot convert value of type 'String' to expected argument type 'Int'
