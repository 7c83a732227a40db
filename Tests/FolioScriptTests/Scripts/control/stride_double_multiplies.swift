// A Double stride computes start + i * step; it does not add step repeatedly.
for x in stride(from: 0.0, to: 1.0, by: 0.1) {
  print(x)
}
// expect: 0.0
// expect: 0.1
// expect: 0.2
// expect: 0.30000000000000004
// expect: 0.4
// expect: 0.5
// expect: 0.6000000000000001
// expect: 0.7000000000000001
// expect: 0.8
// expect: 0.9
var sum = 0.0
for _ in 0..<10 { sum += 0.1 }
print(sum)  // expect: 0.9999999999999999
