let xs = [10, 20, 30, 40, 50]
print(Array(xs[1..<3]))  // expect: [20, 30]
print(Array(xs[..<2]))  // expect: [10, 20]
print(Array(xs[3...]))  // expect: [40, 50]
print(xs[1...2].reduce(0, +))  // expect: 50
let middle = xs[1..<4]
print(middle.count, middle.first!)  // expect: 3 20
print(xs[2..<2].isEmpty)  // expect: true
