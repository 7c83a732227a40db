func total(_ prices: [String: Double], _ items: [String]) -> Double {
  var sum = 0.0
  for item in items {
    guard let price = prices[item] else {
      print("unknown item \(item)")
      continue
    }
    sum += price
  }
  return sum
}
let prices = ["tea": 2.5, "cake": 4.0]
print(total(prices, ["tea", "pie", "cake"]))
// expect: unknown item pie
// expect: 6.5
