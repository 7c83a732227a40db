let x = 2.5
print(2 * x)  // expect: 5.0
print(x + 1)  // expect: 3.5
let d: Double = 3
print(d)  // expect: 3.0
let ratio: Double = 7 / 2
print(ratio)  // expect: 3.5
let whole = 7 / 2
print(whole)  // expect: 3
let mixed = 1 + 0.5
print(mixed)  // expect: 1.5
