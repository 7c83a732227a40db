var balance = 1000.0
var year = 0
while balance < 1200 {
  balance *= 1.05
  year += 1
}
print(year)  // expect: 4
print(balance)  // expect: 1215.5062500000001
