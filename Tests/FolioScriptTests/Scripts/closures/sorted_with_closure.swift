let words = ["banana", "kiwi", "apple", "fig"]
print(words.sorted { $0.count < $1.count })  // expect: ["fig", "kiwi", "apple", "banana"]
print(words.sorted(by: >))  // expect: ["kiwi", "fig", "banana", "apple"]
let byLast = words.sorted { a, b in
  a.hasSuffix("a") && !b.hasSuffix("a")
}
print(byLast.first!)  // expect: banana
