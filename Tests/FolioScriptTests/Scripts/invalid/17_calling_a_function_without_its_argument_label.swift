func greet(name: String) -> String {
  "Hello, \(name)"
}
print(greet("Ann"))

// Calling a function without its argument label
// expect runtime error 4:7: missing argument 'name:' in call to greet(name:)
