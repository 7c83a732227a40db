struct Order {
  var quantity: Int
  var unitPrice: Double
  var subtotal: Double { Double(quantity) * unitPrice }
  var tax: Double { subtotal * 0.25 }
  var total: Double { subtotal + tax }
}
let order = Order(quantity: 4, unitPrice: 2.5)
print(order.subtotal)  // expect: 10.0
print(order.tax)  // expect: 2.5
print("total: \(order.total)")  // expect: total: 12.5
