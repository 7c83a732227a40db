let step = Int("0")!
for i in stride(from: 0, to: 10, by: step) {
  print(i)
}

// Stride with a zero step
// expect runtime error 2:10: stride step must not be zero
