func makeCounter(step: Int) -> (next: () -> Int, reset: () -> Void) {
  var current = 0
  return ({ current += step; return current }, { current = 0 })
}
let c = makeCounter(step: 5)
print(c.next(), c.next())  // expect: 5 10
c.reset()
print(c.next())  // expect: 5
