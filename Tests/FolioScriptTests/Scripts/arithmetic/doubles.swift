let x = 2.5
print(x * 2)  // expect: 5.0
print(2 * x)  // expect: 5.0
print(x / 2)  // expect: 1.25
print(1 / 3.0)  // expect: 0.3333333333333333
var total = 0.0
total = total + 1
total += 2
print(total)  // expect: 3.0
let y: Double = 3
print(y)  // expect: 3.0
print(-x)  // expect: -2.5
