let stock = ["pears": 4, "apples": 10, "kiwis": 0]
for (fruit, count) in stock.sorted(by: { $0.key < $1.key }) {
  print("\(fruit): \(count)")
}
// expect: apples: 10
// expect: kiwis: 0
// expect: pears: 4
for key in stock.keys.sorted() where stock[key]! > 0 {
  print(key)
}
// expect: apples
// expect: pears
