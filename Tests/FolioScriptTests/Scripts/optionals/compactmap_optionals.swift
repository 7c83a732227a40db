let inputs = ["1", "two", "3", "4.0", "5"]
let numbers = inputs.compactMap { Int($0) }
print(numbers)  // expect: [1, 3, 5]
let maybe: [Int?] = [1, nil, 3]
print(maybe)  // expect: [Optional(1), nil, Optional(3)]
print(maybe.compactMap { $0 })  // expect: [1, 3]
print(maybe.map { $0 ?? 0 })  // expect: [1, 0, 3]
