func hasPairSum(_ xs: [Int], _ target: Int) -> Bool {
  for i in 0..<xs.count {
    for j in (i + 1)..<xs.count {
      if xs[i] + xs[j] == target {
        print("found \(xs[i]) + \(xs[j])")
        return true
      }
    }
  }
  return false
}
print(hasPairSum([1, 4, 6, 9], 10))
// expect: found 1 + 9
// expect: true
print(hasPairSum([1, 2], 10))  // expect: false
