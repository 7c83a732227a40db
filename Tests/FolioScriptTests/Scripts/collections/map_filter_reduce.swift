let numbers = [1, 2, 3, 4, 5, 6]
let doubled = numbers.map { $0 * 2 }
let evens = numbers.filter { $0 % 2 == 0 }
let sum = numbers.reduce(0) { $0 + $1 }
print(doubled)  // expect: [2, 4, 6, 8, 10, 12]
print(evens)  // expect: [2, 4, 6]
print(sum)  // expect: 21
print(numbers.reduce(0, +))  // expect: 21
print(numbers.filter { $0 > 2 }.map { $0 * $0 }.reduce(0, +))  // expect: 86
