var numbers = [10, 20, 30]
print(numbers.count)  // expect: 3
print(numbers.isEmpty)  // expect: false
print(numbers[0], numbers[2])  // expect: 10 30
numbers[1] = 25
print(numbers)  // expect: [10, 25, 30]
let empty: [Int] = []
print(empty, empty.count, empty.isEmpty)  // expect: [] 0 true
