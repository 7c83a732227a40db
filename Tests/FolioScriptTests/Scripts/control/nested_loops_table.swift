for i in 1...3 {
  var line = ""
  for j in 1...4 {
    if j > 1 {
      line += " "
    }
    line += String(i * j)
  }
  print(line)
}
// expect: 1 2 3 4
// expect: 2 4 6 8
// expect: 3 6 9 12
