var name = "Ann"
name = 42

// Assigning a value of the wrong type
// expect runtime error 2:8: cannot assign value of type 'Int' to type 'String'
