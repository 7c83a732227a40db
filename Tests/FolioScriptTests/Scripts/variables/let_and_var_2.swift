let constant = 10
var variable = 20
variable += constant
print(constant, variable)  // expect: 10 30
variable = 5
print(variable)  // expect: 5
let derived = variable * 2
print(derived)  // expect: 10
