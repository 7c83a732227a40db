let scores = ["zoe": 88, "adam": 92, "mia": 75]
for (name, score) in scores.sorted(by: { $0.key < $1.key }) {
  print("\(name): \(score)")
}
// expect: adam: 92
// expect: mia: 75
// expect: zoe: 88
for (name, score) in scores.sorted(by: { $0.value > $1.value }) {
  print(name, score)
}
// expect: adam 92
// expect: zoe 88
// expect: mia 75
