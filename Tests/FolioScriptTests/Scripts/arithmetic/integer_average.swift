let scores = [90, 85, 77, 92]
var sum = 0
for s in scores {
  sum += s
}
print(sum)  // expect: 344
print(sum / scores.count)  // expect: 86
print(Double(sum) / Double(scores.count))  // expect: 86.0
let odd = [1, 2]
print(Double(odd[0] + odd[1]) / 2)  // expect: 1.5
