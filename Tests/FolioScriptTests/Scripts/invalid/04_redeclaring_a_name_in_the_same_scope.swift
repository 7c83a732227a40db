var count = 1
var count = 2
print(count)

// Redeclaring a name in the same scope
// expect error 2:5: invalid redeclaration of 'count'
