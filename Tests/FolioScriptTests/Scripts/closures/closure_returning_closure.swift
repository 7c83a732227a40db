let multiplier = { (factor: Int) -> (Int) -> Int in
  { $0 * factor }
}
let triple = multiplier(3)
print(triple(7))  // expect: 21
print(multiplier(10)(4))  // expect: 40
let adders = [1, 2, 3].map { n in { (x: Int) in x + n } }
print(adders.map { $0(100) })  // expect: [101, 102, 103]
