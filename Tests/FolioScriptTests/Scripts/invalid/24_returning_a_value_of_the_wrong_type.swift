func half(_ x: Int) -> Int {
  return Double(x) / 2
}
print(half(3))

// Returning a value of the wrong type
// expect runtime error 2:10: cannot convert return expression of type 'Double' to return type 'Int'
