let input = "abc"
let n = Int(input)!
print(n)

// Force-unwrapping nil
// expect runtime error 2:9: unexpectedly found nil while unwrapping an Optional value
