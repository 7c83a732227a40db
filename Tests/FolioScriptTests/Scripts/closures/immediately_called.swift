let squares = { () -> [Int] in
  var result: [Int] = []
  for i in 1...4 {
    result.append(i * i)
  }
  return result
}()
print(squares)  // expect: [1, 4, 9, 16]
let greeting = { (name: String) in "Hey \(name)" }("you")
print(greeting)  // expect: Hey you
print({ 6 * 7 }())  // expect: 42
