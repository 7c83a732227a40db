func square(_ x: Int) -> Int { x * x }
let a = 3
let b = 4
print("\(a) + \(b) = \(a + b)")  // expect: 3 + 4 = 7
print("square of \(a) is \(square(a))")  // expect: square of 3 is 9
print("hypotenuse: \(sqrt(Double(square(a) + square(b))))")  // expect: hypotenuse: 5.0
print("\([a, b].map { $0 * 10 })")  // expect: [30, 40]
print("upper: \("abc".uppercased())")  // expect: upper: ABC
