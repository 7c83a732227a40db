let numbers = [5, 3, 8, 1]
let sorted = numbers.sorted(by: { a, b in a > b })
print(sorted)  // expect: [8, 5, 3, 1]
let multiply: (Int, Int) -> Int = { a, b in a * b }
print(multiply(6, 7))  // expect: 42
let labels = numbers.map({ n in "#\(n)" })
print(labels)  // expect: ["#5", "#3", "#8", "#1"]
