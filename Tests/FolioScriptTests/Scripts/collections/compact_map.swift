let raw = ["10", "x", "20", "", "-5"]
print(raw.compactMap { Int($0) })  // expect: [10, 20, -5]
let lookup = ["a": 1, "c": 3]
print(["a", "b", "c"].compactMap { lookup[$0] })  // expect: [1, 3]
let doubles = ["1.5", "two", "3"].compactMap(Double.init)
print(doubles)  // expect: [1.5, 3.0]
