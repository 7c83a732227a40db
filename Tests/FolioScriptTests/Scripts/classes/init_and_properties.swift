class Person {
  var name: String
  var age: Int
  init(name: String, age: Int) {
    self.name = name
    self.age = age
  }
  func birthday() {
    age += 1
  }
}
let p = Person(name: "Ann", age: 30)
p.birthday()
print(p.name, p.age)  // expect: Ann 31
