print("a", "b", "c")  // expect: a b c
print("a", "b", "c", separator: "")  // expect: abc
print(1, 2, 3, separator: ", ")  // expect: 1, 2, 3
print("no newline", terminator: "")
print(" -- continued")  // expect: no newline -- continued
print("x", "y", separator: "|", terminator: "|\n")  // expect: x|y|
