var left = "L"
var right = "R"
(left, right) = (right, left)
print(left, right)  // expect: R L
var a = 1
var b = 2
var c = 3
(a, b, c) = (c, a, b)
print(a, b, c)  // expect: 3 1 2
