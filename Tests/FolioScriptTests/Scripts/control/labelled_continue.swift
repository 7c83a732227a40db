outer: for i in 1...3 {
  for j in 1...3 {
    if j == 2 {
      continue outer
    }
    print(i, j)
  }
}
// expect: 1 1
// expect: 2 1
// expect: 3 1
