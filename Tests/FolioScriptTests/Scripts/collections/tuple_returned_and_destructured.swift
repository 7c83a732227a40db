func divide(_ a: Int, by b: Int) -> (quotient: Int, remainder: Int) {
  (a / b, a % b)
}
let r = divide(17, by: 5)
print(r)  // expect: (quotient: 3, remainder: 2)
print(r.quotient, r.remainder)  // expect: 3 2
let (q, rem) = divide(9, by: 2)
print(q, rem)  // expect: 4 1
let (_, onlyRem) = divide(10, by: 3)
print(onlyRem)  // expect: 1
