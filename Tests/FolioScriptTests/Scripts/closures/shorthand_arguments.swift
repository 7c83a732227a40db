let numbers = [1, 2, 3, 4, 5, 6]
print(numbers.map { $0 * 10 })  // expect: [10, 20, 30, 40, 50, 60]
print(numbers.filter { $0 % 2 == 0 })  // expect: [2, 4, 6]
print(numbers.reduce(0) { $0 + $1 })  // expect: 21
let subtract: (Int, Int) -> Int = { $0 - $1 }
print(subtract(10, 4))  // expect: 6
print(numbers.sorted { $0 > $1 }.first!)  // expect: 6
