print(sqrt(16.0))  // expect: 4.0
print(pow(2.0, 10.0))  // expect: 1024.0
print(exp(1.0))  // expect: 2.718281828459045
print(log(1.0))  // expect: 0.0
print(exp(log(10.0)))  // expect: 10.000000000000002
print(floor(-2.5))  // expect: -3.0
print(ceil(2.1))  // expect: 3.0
print(floor(3.9))  // expect: 3.0
