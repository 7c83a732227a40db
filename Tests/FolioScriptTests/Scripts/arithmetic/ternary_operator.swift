let a = 4
let b = 9
print(a > b ? a : b)  // expect: 9
let sign = a - b < 0 ? "negative" : "non-negative"
print(sign)  // expect: negative
print(a == 4 ? (b == 9 ? "both" : "a only") : "none")  // expect: both
let y = true ? 1 : 2
print(y + 1)  // expect: 2
