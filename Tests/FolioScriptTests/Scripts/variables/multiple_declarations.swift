var a = 1, b = 2
let c = 3, d = "four"
a += b
print(a, b, c, d)  // expect: 3 2 3 four
var total: Int = 0, label: String = "sum"
total = a + c
print(label, total)  // expect: sum 6
