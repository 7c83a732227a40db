struct Counter {
  var count = 0
  func increment() {
    count += 1
  }
}

// Changing a property in a non-mutating method
// expect error 4:5: cannot assign to property: 'self' is immutable; mark the method 'mutating' to change it
