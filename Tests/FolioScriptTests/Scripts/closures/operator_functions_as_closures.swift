let numbers = [3, 1, 2]
print(numbers.reduce(0, +))  // expect: 6
print(numbers.reduce(1, *))  // expect: 6
print(numbers.sorted(by: <))  // expect: [1, 2, 3]
print(numbers.sorted(by: >))  // expect: [3, 2, 1]
let combine: (Int, Int) -> Int = max
print(numbers.reduce(Int.min, combine))  // expect: 3
print(zip([1, 2], [10, 20]).map(+))  // expect: [11, 22]
