struct Person {
  var name: String
  var age: Int
}
let people = [Person(name: "Ann", age: 31), Person(name: "Bob", age: 25)]
print(people.map(\.name))  // expect: ["Ann", "Bob"]
print(people.map(\.age).reduce(0, +))  // expect: 56
let words = ["one", "three"]
print(words.map(\.count))  // expect: [3, 5]
