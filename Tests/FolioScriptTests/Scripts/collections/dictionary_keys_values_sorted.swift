let prices = ["tea": 3, "cake": 5, "bun": 2]
print(prices.keys.sorted())  // expect: ["bun", "cake", "tea"]
print(prices.values.sorted())  // expect: [2, 3, 5]
print(prices.values.reduce(0, +))  // expect: 10
let expensive = prices.filter { $0.value > 2 }.keys.sorted()
print(expensive)  // expect: ["cake", "tea"]
