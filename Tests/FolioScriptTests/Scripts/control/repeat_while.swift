var count = 0
repeat {
  count += 1
} while count < 5
print(count)  // expect: 5
var x = 100
repeat {
  print("runs once: \(x)")
  x += 1
} while x < 10
// expect: runs once: 100
