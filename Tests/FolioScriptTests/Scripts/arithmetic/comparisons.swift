print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5)  // expect: true true false false
print(1 == 1, 1 != 1)  // expect: true false
print(1.5 < 2.5)  // expect: true
print("a" < "b", "a" == "a")  // expect: true true
print(1 < 2 && 2 < 3)  // expect: true
print(1 > 2 || 2 > 3)  // expect: false
print(!(1 > 2))  // expect: true
