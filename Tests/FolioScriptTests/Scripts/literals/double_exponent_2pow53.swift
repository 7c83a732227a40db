// Doubles below 2^53 in magnitude print in positional form, larger ones in exponent form.
print(8e15)  // expect: 8000000000000000.0
print(9.5e15)  // expect: 9.5e+15
print(-8e15)  // expect: -8000000000000000.0
print(9007199254740994.0)  // expect: 9.007199254740994e+15
print(0.00012345)  // expect: 0.00012345
print(5e-5)  // expect: 5e-05
