func applyTwice(_ f: (Int) -> Int, to x: Int) -> Int {
  f(f(x))
}
print(applyTwice({ $0 + 3 }, to: 1))  // expect: 7
print(applyTwice({ x in x * x }, to: 3))  // expect: 81
func compute(_ a: Double, _ b: Double, using op: (Double, Double) -> Double) -> Double {
  op(a, b)
}
print(compute(3, 4, using: +))  // expect: 7.0
print(compute(3, 4) { $0 * $1 })  // expect: 12.0
