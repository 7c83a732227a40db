let fruits = ["apple", "banana", "cherry"]
for fruit in fruits {
  print("I like \(fruit)")
}
// expect: I like apple
// expect: I like banana
// expect: I like cherry
var lengths = 0
for f in fruits { lengths += f.count }
print(lengths)  // expect: 17
