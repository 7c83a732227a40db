let a = 3 as Double
print(a)  // expect: 3.0
let items: [Any] = [1, "x"]
print(items.count)  // expect: 2
print(items[0] is Int, items[0] is String)  // expect: true false
let n = (items[0] as? Int) ?? 0
print(n + 1)  // expect: 2
let total = items.compactMap { $0 as? Int }.reduce(0, +)
print(total)  // expect: 1
