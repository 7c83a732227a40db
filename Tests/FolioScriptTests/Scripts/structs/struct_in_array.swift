struct Item {
  var name: String
  var price: Double
}
var cart = [Item(name: "pen", price: 1.5), Item(name: "book", price: 12)]
cart[0].price = 2
cart.append(Item(name: "cup", price: 4.25))
let total = cart.reduce(0) { $0 + $1.price }
print(total)  // expect: 18.25
print(cart.map { $0.name })  // expect: ["pen", "book", "cup"]
print(cart[0])  // expect: Item(name: "pen", price: 2.0)
