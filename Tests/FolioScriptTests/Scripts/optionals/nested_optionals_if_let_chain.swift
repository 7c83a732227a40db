let table: [String: [String: Int]] = ["fruit": ["apple": 3]]
if let fruit = table["fruit"], let apples = fruit["apple"] {
  print("apples: \(apples)")  // expect: apples: 3
}
let pears = table["fruit"]?["pear"]
print(pears as Any)  // expect: nil
print(table["veg"]?["kale"] ?? 0)  // expect: 0
