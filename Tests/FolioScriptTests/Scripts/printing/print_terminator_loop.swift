for i in 1...5 {
  print(i, terminator: i < 5 ? ", " : "\n")
}
// expect: 1, 2, 3, 4, 5
for row in 1...3 {
  for col in 1...3 {
    print(row == col ? "1" : "0", terminator: " ")
  }
  print()
}
// expect: 1 0 0 
// expect: 0 1 0 
// expect: 0 0 1 
