for i in (1...4).reversed() {
  print(i, terminator: "")
}
print()  // expect: 4321
var countdown = ""
for i in stride(from: 3, through: 1, by: -1) {
  countdown += "\(i)..."
}
print(countdown + "liftoff")  // expect: 3...2...1...liftoff
