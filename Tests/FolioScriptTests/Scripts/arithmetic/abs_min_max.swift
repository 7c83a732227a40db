print(abs(-5))  // expect: 5
print(abs(3))  // expect: 3
print(abs(-2.5))  // expect: 2.5
print(min(3, 7))  // expect: 3
print(max(3, 7))  // expect: 7
print(max(2.5, 1.0))  // expect: 2.5
print(min(4, 2, 8, 1))  // expect: 1
print(max("apple", "pear"))  // expect: pear
