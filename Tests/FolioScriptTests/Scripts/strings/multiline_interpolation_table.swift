let item = "apple"
let qty = 3
let price = 0.5
let receipt = """
  item: \(item)
  qty:  \(qty)
  cost: \(Double(qty) * price)
  """
print(receipt)
// expect: item: apple
// expect: qty:  3
// expect: cost: 1.5
