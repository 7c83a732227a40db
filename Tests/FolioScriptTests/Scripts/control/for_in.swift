var sum = 0
for i in 0..<5 {
  sum += i
}
print(sum)  // expect: 10
for i in 1...3 {
  print(i)
}
// expect: 1
// expect: 2
// expect: 3
for word in ["a", "b"] {
  print(word)
}
// expect: a
// expect: b
for _ in 0..<2 {
  print("x")
}
// expect: x
// expect: x
for i in 0..<0 {
  print(i)
}
