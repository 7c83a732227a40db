var n = 10
n += 5
print(n)  // expect: 15
n -= 3
print(n)  // expect: 12
n *= 2
print(n)  // expect: 24
n /= 5
print(n)  // expect: 4
n %= 3
print(n)  // expect: 1
var d = 1.5
d *= 4
d -= 0.5
print(d)  // expect: 5.5
