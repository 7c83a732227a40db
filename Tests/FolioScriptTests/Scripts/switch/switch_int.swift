func name(_ n: Int) -> String {
  switch n {
  case 0:
    return "zero"
  case 1:
    return "one"
  case 2:
    return "two"
  default:
    return "many"
  }
}
print(name(0), name(2), name(99), name(-1))  // expect: zero two many many
