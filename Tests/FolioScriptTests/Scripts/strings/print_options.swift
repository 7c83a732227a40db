print(1, 2, 3, separator: ", ")  // expect: 1, 2, 3
print("no newline", terminator: "")
print("!")  // expect: no newline!
print()  // expect: 
print("a", "b", separator: "-", terminator: ".\n")  // expect: a-b.
