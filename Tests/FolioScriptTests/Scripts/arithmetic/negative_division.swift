print(-7 / 2)  // expect: -3
print(-7 % 2)  // expect: -1
print(7 % -2)  // expect: 1
print(-7 / -2)  // expect: 3
print(-7 % -2)  // expect: -1
print(7 / -2)  // expect: -3
let n = -13
print(n / 4, n % 4)  // expect: -3 -1
