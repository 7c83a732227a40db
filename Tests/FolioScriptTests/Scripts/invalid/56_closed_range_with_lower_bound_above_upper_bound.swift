let n = Int("0")!
for i in 1...n {
  print(i)
}

// Closed range with lower bound above upper bound
// expect runtime error 2:11: range requires lowerBound <= upperBound, but 1 > 0
