class Animal {
  var name: String
  init(name: String) {
    self.name = name
  }
  func sound() -> String { "..." }
  func describe() -> String {
    "\(name) says \(sound())"
  }
}
class Dog: Animal {
  override func sound() -> String { "woof" }
}
class Cat: Animal {
  override func sound() -> String { "meow" }
}
let animals: [Animal] = [Dog(name: "Rex"), Cat(name: "Tom"), Animal(name: "Blob")]
for a in animals {
  print(a.describe())
}
// expect: Rex says woof
// expect: Tom says meow
// expect: Blob says ...
