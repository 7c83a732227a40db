var power = 1
for _ in 1...10 {
  power *= 2
}
print(power)  // expect: 1024
var x = 1.0
for _ in 0..<3 {
  x /= 10
}
print(x)  // expect: 0.001
