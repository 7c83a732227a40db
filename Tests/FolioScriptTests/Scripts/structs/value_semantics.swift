struct Wallet {
  var coins: [Int]
}
var a = Wallet(coins: [1, 2])
var b = a
b.coins.append(5)
print(a.coins)  // expect: [1, 2]
print(b.coins)  // expect: [1, 2, 5]
func spend(_ w: Wallet) -> Wallet {
  var copy = w
  copy.coins.removeAll()
  return copy
}
let c = spend(a)
print(a.coins.count, c.coins.count)  // expect: 2 0
