let a = [1, 2, 3]
let b = [1, 2, 3]
var c = a
c.append(4)
print(a == b)  // expect: true
print(a == c)  // expect: false
print(a != c)  // expect: true
print([String]() == [])  // expect: true
print([[1], [2]] == [[1], [2]])  // expect: true
