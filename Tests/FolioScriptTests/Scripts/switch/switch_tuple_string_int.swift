let orders = [("coffee", 1), ("coffee", 3), ("tea", 2), ("water", 0)]
for order in orders {
  switch order {
  case ("coffee", 1):
    print("one coffee")
  case ("coffee", let n):
    print("\(n) coffees")
  case (let drink, 0):
    print("no \(drink)")
  case let (drink, n):
    print("\(n) x \(drink)")
  }
}
// expect: one coffee
// expect: 3 coffees
// expect: 2 x tea
// expect: no water
