var log: [String] = []
for n in [1, 5, 10] {
  switch n {
  case 1:
    log.append("one")
    log.append("(first)")
  case 2...9:
    let doubled = n * 2
    log.append("small doubled \(doubled)")
  default:
    break
  }
}
print(log)  // expect: ["one", "(first)", "small doubled 10"]
