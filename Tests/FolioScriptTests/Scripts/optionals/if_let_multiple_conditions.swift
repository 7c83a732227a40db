let a: Int? = 4
let b: Int? = 6
if let x = a, let y = b, x < y {
  print("\(x) < \(y)")  // expect: 4 < 6
}
if let x = a, x > 10 {
  print("big")
} else {
  print("small or missing")  // expect: small or missing
}
