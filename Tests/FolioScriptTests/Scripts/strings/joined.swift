let words = ["one", "two", "three"]
print(words.joined(separator: ", "))  // expect: one, two, three
print(words.joined(separator: ""))  // expect: onetwothree
print(words.joined())  // expect: onetwothree
print([String]().joined(separator: "-"))  // expect: 
print(["solo"].joined(separator: "-"))  // expect: solo
let numbers = [1, 2, 3]
print(numbers.map { String($0) }.joined(separator: " < "))  // expect: 1 < 2 < 3
