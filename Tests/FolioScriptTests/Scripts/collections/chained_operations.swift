struct Product {
  var name: String
  var price: Double
  var inStock: Bool
}
let products = [
  Product(name: "lamp", price: 25, inStock: true),
  Product(name: "desk", price: 120, inStock: false),
  Product(name: "chair", price: 60, inStock: true),
  Product(name: "rug", price: 45.5, inStock: true),
]
let affordable = products
  .filter { $0.inStock }
  .filter { $0.price < 50 }
  .map { $0.name.uppercased() }
  .sorted()
print(affordable)  // expect: ["LAMP", "RUG"]
let total = products.filter(\.inStock).map(\.price).reduce(0, +)
print(total)  // expect: 130.5
