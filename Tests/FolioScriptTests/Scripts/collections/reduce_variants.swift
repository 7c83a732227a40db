let words = ["swift", "is", "fun"]
let sentence = words.reduce("") { $0 + $1 + " " }
print("[\(sentence)]")  // expect: [swift is fun ]
let longest = words.reduce("") { $0.count >= $1.count ? $0 : $1 }
print(longest)  // expect: swift
let product = [1, 2, 3, 4].reduce(1, *)
print(product)  // expect: 24
let total = [0.5, 1.25].reduce(0.0, +)
print(total)  // expect: 1.75
let counts = words.reduce(0) { acc, w in acc + w.count }
print(counts)  // expect: 10
