var stock = ["apple": 5, "pear": 2, "plum": 0]
let removed = stock.removeValue(forKey: "pear")
print(removed as Any)  // expect: Optional(2)
print(stock.removeValue(forKey: "kiwi") as Any)  // expect: nil
stock["plum"] = nil
print(stock)  // expect: ["apple": 5]
print(stock.count)  // expect: 1
