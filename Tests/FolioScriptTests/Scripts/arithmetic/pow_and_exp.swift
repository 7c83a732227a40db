print(pow(10.0, 3))  // expect: 1000.0
print(pow(2, 0.5))  // expect: 1.4142135623730951
print(pow(9.0, 0.5) == sqrt(9.0))  // expect: true
print(exp(0.0))  // expect: 1.0
print(log(exp(2.0)))  // expect: 2.0
let growth = 1000 * pow(1.05, 2)
print(growth)  // expect: 1102.5
