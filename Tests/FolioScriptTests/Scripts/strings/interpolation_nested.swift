let x = 5
let inner = "value \(x)"
print("outer [\(inner)]")  // expect: outer [value 5]
print("nested: \("inner \(x * 2)")")  // expect: nested: inner 10
let items = ["a", "b"]
print("items: \(items.joined(separator: "+"))")  // expect: items: a+b
print("count: \("hello".count + items.count)")  // expect: count: 7
