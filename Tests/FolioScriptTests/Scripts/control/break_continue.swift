var seen: [Int] = []
for i in 0..<10 {
  if i % 2 == 1 {
    continue
  }
  if i > 6 {
    break
  }
  seen.append(i)
}
print(seen)  // expect: [0, 2, 4, 6]
