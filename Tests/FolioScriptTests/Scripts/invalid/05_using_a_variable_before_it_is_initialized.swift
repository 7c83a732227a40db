var x: Int
print(x)

// Using a variable before it is initialized
// expect runtime error 2:7: variable used before being initialized
