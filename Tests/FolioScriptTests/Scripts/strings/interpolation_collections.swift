let numbers = [1, 2, 3]
let words = ["x", "y"]
print("numbers: \(numbers)")  // expect: numbers: [1, 2, 3]
print("words: \(words)")  // expect: words: ["x", "y"]
let pair = (1, "one")
print("pair: \(pair)")  // expect: pair: (1, "one")
print("doubles: \([0.5, 2.0])")  // expect: doubles: [0.5, 2.0]
print("empty: \([Int]())")  // expect: empty: []
