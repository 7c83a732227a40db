func describe(_ pair: (Int, Int)) -> String {
  switch pair {
  case let (x, y) where x == y:
    return "diagonal at \(x)"
  case let (x, y) where x == -y:
    return "anti-diagonal \(x), \(y)"
  case let (x, _) where x > 0:
    return "right side x=\(x)"
  case (let x, let y):
    return "other \(x) \(y)"
  }
}
print(describe((2, 2)))  // expect: diagonal at 2
print(describe((3, -3)))  // expect: anti-diagonal 3, -3
print(describe((5, 1)))  // expect: right side x=5
print(describe((-5, 1)))  // expect: other -5 1
