func greet(_ name: String, greeting: String = "Hello", punctuation: String = "!") -> String {
  "\(greeting), \(name)\(punctuation)"
}
print(greet("Ann"))  // expect: Hello, Ann!
print(greet("Bob", greeting: "Hi"))  // expect: Hi, Bob!
print(greet("Cy", punctuation: "?"))  // expect: Hello, Cy?
print(greet("Di", greeting: "Yo", punctuation: "."))  // expect: Yo, Di.
