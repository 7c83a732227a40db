var stack = [1]
print(stack.removeLast())
print(stack.removeLast())

// Removing the last element of an empty array
// expect: 1
// expect runtime error 3:7: can't remove last element from an empty array
