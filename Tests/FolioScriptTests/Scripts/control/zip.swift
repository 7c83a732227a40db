let names = ["Ann", "Ben", "Cy"]
let scores = [90, 75]
for (name, score) in zip(names, scores) {
  print("\(name): \(score)")
}
// expect: Ann: 90
// expect: Ben: 75
let sums = zip([1, 2, 3], [10, 20, 30]).map { $0 + $1 }
print(sums)  // expect: [11, 22, 33]
