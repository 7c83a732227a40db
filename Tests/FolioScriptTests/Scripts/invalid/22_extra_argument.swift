func add(_ a: Int, _ b: Int) -> Int { a + b }
print(add(1, 2, 3))

// Extra argument
// expect runtime error 2:17: extra unlabelled argument in call to add(_:_:)
