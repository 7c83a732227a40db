enum Coin: Int, CaseIterable {
  case penny = 1, nickel = 5, dime = 10, quarter = 25
}
let total = Coin.allCases.map { $0.rawValue }.reduce(0, +)
print(total)  // expect: 41
for coin in Coin.allCases where coin.rawValue >= 10 {
  print("\(coin): \(coin.rawValue)")
}
// expect: dime: 10
// expect: quarter: 25
