struct Product: CustomStringConvertible {
  let sku: String
  let name: String
  var price: Double
  var quantity: Int
  var value: Double { price * Double(quantity) }
  var description: String { "\(name) x\(quantity) @ \(price)" }
}

enum InventoryError: Error {
  case unknownSKU(String)
  case outOfStock(name: String, available: Int)
}

struct Inventory {
  private var products: [String: Product] = [:]
  private(set) var revenue = 0.0

  mutating func add(_ product: Product) {
    if var existing = products[product.sku] {
      existing.quantity += product.quantity
      products[product.sku] = existing
    } else {
      products[product.sku] = product
    }
  }

  mutating func sell(_ sku: String, quantity: Int) throws -> Double {
    guard var product = products[sku] else { throw InventoryError.unknownSKU(sku) }
    guard product.quantity >= quantity else {
      throw InventoryError.outOfStock(name: product.name, available: product.quantity)
    }
    product.quantity -= quantity
    products[sku] = product
    let total = product.price * Double(quantity)
    revenue += total
    return total
  }

  var lowStock: [String] {
    products.values.filter { $0.quantity < 3 }.map(\.name).sorted()
  }

  func report() {
    for sku in products.keys.sorted() {
      print("\(sku): \(products[sku]!)")
    }
    let total = products.values.map(\.value).reduce(0, +)
    print("stock value: \(total)")
  }
}

var store = Inventory()
store.add(Product(sku: "A1", name: "pencil", price: 0.5, quantity: 100))
store.add(Product(sku: "B2", name: "notebook", price: 3.25, quantity: 4))
store.add(Product(sku: "C3", name: "stapler", price: 12, quantity: 1))
store.add(Product(sku: "A1", name: "pencil", price: 0.5, quantity: 20))

let orders = [("A1", 30), ("B2", 2), ("C3", 2), ("Z9", 1)]
for (sku, qty) in orders {
  do {
    let paid = try store.sell(sku, quantity: qty)
    print("sold \(qty) of \(sku) for \(paid)")
  } catch InventoryError.outOfStock(let name, let available) {
    print("only \(available) \(name) left")
  } catch {
    print("error: \(error)")
  }
}
// expect: sold 30 of A1 for 15.0
// expect: sold 2 of B2 for 6.5
// expect: only 1 stapler left
// expect: error: unknownSKU("Z9")
store.report()
// expect: A1: pencil x90 @ 0.5
// expect: B2: notebook x2 @ 3.25
// expect: C3: stapler x1 @ 12.0
// expect: stock value: 63.5
print("revenue: \(store.revenue)")  // expect: revenue: 21.5
print("low stock: \(store.lowStock)")  // expect: low stock: ["notebook", "stapler"]
