var printers: [() -> String] = []
for i in 1...3 {
  printers.append { "closure \(i)" }
}
for p in printers {
  print(p())
}
// expect: closure 1
// expect: closure 2
// expect: closure 3
