func square(_ x: Int) -> Int { x * x }
print(square(x: 3))

// Passing a label for an unlabelled (`_`) parameter
// expect runtime error 2:7: missing an unlabelled argument in call to square(_:)
