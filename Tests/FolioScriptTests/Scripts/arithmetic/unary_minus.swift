let x = 5
print(-x)  // expect: -5
print(-(-x))  // expect: 5
let y = -x
print(y * -1)  // expect: 5
let d = 2.5
print(-d)  // expect: -2.5
print(-(x + 1))  // expect: -6
print(+x)  // expect: 5
