print(sin(0.0))  // expect: 0.0
print(cos(0.0))  // expect: 1.0
print(cos(Double.pi))  // expect: -1.0
print(sin(Double.pi / 2))  // expect: 1.0
print(tanh(0.0))  // expect: 0.0
print(tanh(1.0))  // expect: 0.7615941559557649
print(sin(Double.pi))  // expect: 1.2246467991473532e-16
