func makeAccumulator(start: Double) -> (Double) -> Double {
  var sum = start
  return { amount in
    sum += amount
    return sum
  }
}
let acc = makeAccumulator(start: 10)
print(acc(5))  // expect: 15.0
print(acc(0.5))  // expect: 15.5
print(acc(-15.5))  // expect: 0.0
