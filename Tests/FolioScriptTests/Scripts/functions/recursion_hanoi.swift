func hanoi(_ n: Int, from: String, to: String, via: String) -> Int {
  if n == 0 { return 0 }
  var moves = hanoi(n - 1, from: from, to: via, via: to)
  print("move \(n) \(from)->\(to)")
  moves += 1
  moves += hanoi(n - 1, from: via, to: to, via: from)
  return moves
}
print(hanoi(2, from: "A", to: "C", via: "B"))
// expect: move 1 A->B
// expect: move 2 A->C
// expect: move 1 B->C
// expect: 3
