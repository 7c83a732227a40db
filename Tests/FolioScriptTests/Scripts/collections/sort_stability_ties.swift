let words = ["pear", "fig", "plum", "kiwi", "apple"]
let byLength = words.sorted { a, b in
  if a.count != b.count {
    return a.count < b.count
  }
  return a < b
}
print(byLength)  // expect: ["fig", "kiwi", "pear", "plum", "apple"]
