func greet(name: String) -> String {
  "Hello, \(name)"
}
print(greet(person: "Ann"))

// Calling with the wrong argument label
// expect runtime error 4:7: missing argument 'name:' in call to greet(name:)
