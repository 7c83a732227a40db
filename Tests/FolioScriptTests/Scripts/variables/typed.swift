var count: Int = 3
count = 4
print(count)  // expect: 4
let name: String = "n"
print(name)  // expect: n
var xs: [Double] = [1, 2]
print(xs)  // expect: [1.0, 2.0]
count = 2.5  // expect runtime error 8:9: cannot assign value of type 'Double' to type 'Int'
