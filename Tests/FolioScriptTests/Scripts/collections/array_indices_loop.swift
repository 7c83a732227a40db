var values = [3, 6, 9]
for i in 0..<values.count {
  values[i] += i
}
print(values)  // expect: [3, 7, 11]
for i in 0..<values.count where i % 2 == 0 {
  print(i, values[i])
}
// expect: 0 3
// expect: 2 11
