func makeCounter() -> () -> Int {
  var count = 0
  return {
    count += 1
    return count
  }
}
let counterA = makeCounter()
let counterB = makeCounter()
print(counterA())  // expect: 1
print(counterA())  // expect: 2
print(counterA())  // expect: 3
print(counterB())  // expect: 1
