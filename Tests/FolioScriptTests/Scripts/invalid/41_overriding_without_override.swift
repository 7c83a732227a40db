class Animal {
  func sound() -> String { "..." }
}
class Dog: Animal {
  func sound() -> String { "woof" }
}

// Overriding without `override`
// expect error 5:8: overriding declaration requires an 'override' keyword
