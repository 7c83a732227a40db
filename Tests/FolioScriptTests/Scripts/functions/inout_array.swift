func appendSquares(_ list: inout [Int], upTo n: Int) {
  for i in 1...n {
    list.append(i * i)
  }
}
var squares = [0]
appendSquares(&squares, upTo: 4)
print(squares)  // expect: [0, 1, 4, 9, 16]
func doubleAll(_ values: inout [Double]) {
  for i in 0..<values.count {
    values[i] *= 2
  }
}
var ds = [0.5, 1.5]
doubleAll(&ds)
print(ds)  // expect: [1.0, 3.0]
