func banner(_ title: String) {
  let line = String(repeating: "=", count: title.count)
  print(line)
  print(title)
  print(line)
}
banner("Report")
// expect: ======
// expect: Report
// expect: ======
func nothing() {}
nothing()
print("done")  // expect: done
