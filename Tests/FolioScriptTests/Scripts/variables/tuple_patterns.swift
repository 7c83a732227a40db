let (a, b) = (1, 2)
print(a, b)  // expect: 1 2
var (x, y) = (10, "ten")
x += 1
y += "!"
print(x, y)  // expect: 11 ten!
let (q, _) = (7, 8)
print(q)  // expect: 7
let ((p, r), s) = ((1, 2), 3)
print(p + r + s)  // expect: 6
