let nested = [[1, 2], [3], [], [4, 5, 6]]
print(nested.flatMap { $0 })  // expect: [1, 2, 3, 4, 5, 6]
let pairs = [1, 2, 3].flatMap { [$0, $0 * 10] }
print(pairs)  // expect: [1, 10, 2, 20, 3, 30]
let words = ["hi there", "you"]
print(words.flatMap { $0.split(separator: " ").map(String.init) })  // expect: ["hi", "there", "you"]
