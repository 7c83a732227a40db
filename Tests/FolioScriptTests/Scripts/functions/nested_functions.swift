func stats(_ values: [Double]) -> String {
  func mean() -> Double {
    values.reduce(0, +) / Double(values.count)
  }
  func spread() -> Double {
    values.max()! - values.min()!
  }
  return "mean \(mean()), spread \(spread())"
}
print(stats([1, 2, 3, 6]))  // expect: mean 3.0, spread 5.0
