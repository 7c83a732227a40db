let colors = ["red", "green", "blue"]
for (index, color) in colors.enumerated() {
  print("\(index + 1). \(color)")
}
// expect: 1. red
// expect: 2. green
// expect: 3. blue
for pair in ["x", "y"].enumerated() {
  print(pair.offset, pair.element)
}
// expect: 0 x
// expect: 1 y
