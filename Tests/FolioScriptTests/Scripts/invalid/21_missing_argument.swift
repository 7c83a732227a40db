func add(_ a: Int, _ b: Int) -> Int { a + b }
print(add(1))

// Missing argument
// expect runtime error 2:7: missing an unlabelled argument in call to add(_:_:)
