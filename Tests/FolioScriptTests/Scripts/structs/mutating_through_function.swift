struct Score {
  var points = 0
  mutating func add(_ n: Int) { points += n }
}
func bonus(_ s: inout Score) {
  s.add(100)
}
var score = Score()
score.add(5)
bonus(&score)
print(score.points)  // expect: 105
var scores = [Score(), Score()]
scores[1].add(3)
print(scores)  // expect: [main.Score(points: 0), main.Score(points: 3)]
