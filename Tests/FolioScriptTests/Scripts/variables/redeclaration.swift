let a = 1
var a = 2  // expect error 2:5: invalid redeclaration of 'a'
