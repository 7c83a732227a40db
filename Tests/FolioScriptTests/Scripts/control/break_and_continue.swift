var collected: [Int] = []
for n in 1...10 {
  if n % 3 == 0 {
    continue
  }
  if n > 8 {
    break
  }
  collected.append(n)
}
print(collected)  // expect: [1, 2, 4, 5, 7, 8]
