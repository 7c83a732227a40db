let base = 10
func scaled(_ x: Int, by factor: Int = base * 2) -> Int {
  x * factor
}
print(scaled(3))  // expect: 60
print(scaled(3, by: 1))  // expect: 3
func range(upTo n: Int = 3) -> [Int] { Array(0..<n) }
print(range())  // expect: [0, 1, 2]
