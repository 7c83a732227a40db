var total = 0
for i in 1...3 {
  var doubled = i * 2
  doubled += 1
  total += doubled
  print(i, doubled)
}
// expect: 1 3
// expect: 2 5
// expect: 3 7
print(total)  // expect: 15
