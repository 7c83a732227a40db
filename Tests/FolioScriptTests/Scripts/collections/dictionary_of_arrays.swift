var groups: [String: [String]] = [:]
let words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for w in words {
  let key = w.hasPrefix("a") ? "a" : (w.hasPrefix("b") ? "b" : "other")
  groups[key, default: []].append(w)
}
for key in groups.keys.sorted() {
  print(key, groups[key]!)
}
// expect: a ["apple", "avocado"]
// expect: b ["banana", "blueberry"]
// expect: other ["cherry"]
