class Person {
  var name: String
}
print(Person())

// Class with an uninitialized stored property
// expect runtime error 4:7: no initializer init() for 'Person'; it has none
