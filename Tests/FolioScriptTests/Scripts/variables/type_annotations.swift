let ratio: Double = 2
let values: [Double] = [1, 2.5]
let ages: [String: Int] = ["ann": 31]
let twice: (Int) -> Int = { $0 * 2 }
let maybe: Int? = 4
let name: String = "x"
print(ratio)  // expect: 2.0
print(values)  // expect: [1.0, 2.5]
print(ages)  // expect: ["ann": 31]
print(twice(21))  // expect: 42
print(maybe!)  // expect: 4
print(name)  // expect: x
