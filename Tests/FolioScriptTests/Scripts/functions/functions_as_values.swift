func square(_ x: Int) -> Int { x * x }
func negate(_ x: Int) -> Int { -x }
let f = square
print(f(6))  // expect: 36
func apply(_ g: (Int) -> Int, to x: Int) -> Int {
  g(x)
}
print(apply(negate, to: 5))  // expect: -5
print([1, 2, 3].map(square))  // expect: [1, 4, 9]
