let a: Double = 5
print(a)  // expect: 5.0
let b = 5.0
print(b)  // expect: 5.0
let c = Double(7)
print(c)  // expect: 7.0
let list: [Double] = [1, 2, 3.5]
print(list)  // expect: [1.0, 2.0, 3.5]
print(1.50)  // expect: 1.5
print(2e3)  // expect: 2000.0
