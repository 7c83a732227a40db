enum MathError: Error {
  case divideByZero
}
func divide(_ a: Int, _ b: Int) throws -> Int {
  if b == 0 { throw MathError.divideByZero }
  return a / b
}
let ok = try? divide(10, 2)
let bad = try? divide(1, 0)
print(ok as Any)  // expect: Optional(5)
print(bad as Any)  // expect: nil
print((try? divide(9, 3)) ?? -1)  // expect: 3
if let value = try? divide(8, 0) {
  print(value)
} else {
  print("division failed")  // expect: division failed
}
