let steps = ["wake", "code", "sleep"]
for i in 0..<steps.count {
  let marker = i == steps.count - 1 ? "last" : "next"
  print("\(i): \(steps[i]) (\(marker))")
}
// expect: 0: wake (next)
// expect: 1: code (next)
// expect: 2: sleep (last)
