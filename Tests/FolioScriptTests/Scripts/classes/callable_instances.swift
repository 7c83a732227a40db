// Types with callAsFunction are called like functions, as in Swift.
struct Scale {
  var factor: Double
  func callAsFunction(_ x: Double) -> Double { x * factor }
}
class Counter {
  var count = 0
  func callAsFunction(by step: Int = 1) -> Int {
    count += step
    return count
  }
}
let double = Scale(factor: 2)
print(double(21))
let counter = Counter()
_ = counter()
print(counter(by: 5))
print([1.0, 2.0].map { double($0) })
let plain = Scale(factor: 1)
print(plain.callAsFunction(3))

// expect: 42.0
// expect: 6
// expect: [2.0, 4.0]
// expect: 3.0
