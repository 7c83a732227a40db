let xs = [1, 2]
print(xs, xs, separator: " + ")  // expect: [1, 2] + [1, 2]
print("a", terminator: "-")
print("b", terminator: "-")
print("c")  // expect: a-b-c
print(separator: "x")  // expect: 
