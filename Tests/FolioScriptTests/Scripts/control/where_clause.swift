for i in 1...20 where i % 6 == 0 {
  print(i)
}
// expect: 6
// expect: 12
// expect: 18
let words = ["a", "tree", "sky", "forest"]
for w in words where w.count > 3 {
  print(w.uppercased())
}
// expect: TREE
// expect: FOREST
