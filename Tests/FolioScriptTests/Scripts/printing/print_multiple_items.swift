let name = "Ann"
let age = 30
print("Name:", name, "Age:", age)  // expect: Name: Ann Age: 30
print(1, 2.5, "three", true)  // expect: 1 2.5 three true
print([1], (2, 3))  // expect: [1] (2, 3)
print("sum", 1 + 2, separator: " = ")  // expect: sum = 3
