let xs = [1, 2, 3, 4]
print(Array(xs.reversed()))  // expect: [4, 3, 2, 1]
var backwards = ""
for x in xs.reversed() {
  backwards += String(x)
}
print(backwards)  // expect: 4321
let words = ["a", "b", "c"]
print(words.reversed().joined(separator: "-"))  // expect: c-b-a
print(xs)  // expect: [1, 2, 3, 4]
