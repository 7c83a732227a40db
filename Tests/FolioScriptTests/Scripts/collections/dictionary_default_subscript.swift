let text = "the cat and the hat and the bat"
var counts: [String: Int] = [:]
for word in text.split(separator: " ").map(String.init) {
  counts[word, default: 0] += 1
}
for key in counts.keys.sorted() {
  print(key, counts[key]!)
}
// expect: and 2
// expect: bat 1
// expect: cat 1
// expect: hat 1
// expect: the 3
print(counts["dog", default: 0])  // expect: 0
