func minMax(_ values: [Int]) -> (min: Int, max: Int) {
  var lo = values[0]
  var hi = values[0]
  for v in values {
    lo = min(lo, v)
    hi = max(hi, v)
  }
  return (lo, hi)
}
let result = minMax([4, -2, 9, 3])
print(result.min, result.max)  // expect: -2 9
print(result)  // expect: (min: -2, max: 9)
let (lo, hi) = minMax([7])
print(lo, hi)  // expect: 7 7
