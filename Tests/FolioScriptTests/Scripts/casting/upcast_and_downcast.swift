class Animal {
  func speak() -> String { "..." }
}
class Dog: Animal {
  override func speak() -> String { "woof" }
  func fetch() -> String { "fetching" }
}
let dog = Dog()
let animal = dog as Animal
print(animal.speak())  // expect: woof
print(animal is Dog)  // expect: true
print((animal as? Dog)?.fetch() ?? "cannot fetch")  // expect: fetching
let plain = Animal()
print((plain as? Dog)?.fetch() ?? "cannot fetch")  // expect: cannot fetch
print(plain is Dog)  // expect: false
