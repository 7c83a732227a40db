let sentence = "Swift is a language"
let words = sentence.split(separator: " ").map(String.init)
print(words.count)  // expect: 4
print(words.first!)  // expect: Swift
print(words.last!.uppercased())  // expect: LANGUAGE
print(words.map { $0.count })  // expect: [5, 2, 1, 8]
print(words.sorted())  // expect: ["Swift", "a", "is", "language"]
