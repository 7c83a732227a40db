let line = "3 14 15 92"
let numbers = line.split(separator: " ").map { Int(String($0))! }
print(numbers)  // expect: [3, 14, 15, 92]
print(numbers.reduce(0, +))  // expect: 124
let pairs = "a=1;b=2".split(separator: ";").map(String.init)
for pair in pairs {
  let kv = pair.split(separator: "=").map(String.init)
  print("\(kv[0]) -> \(kv[1])")
}
// expect: a -> 1
// expect: b -> 2
