for n in [-3, -2, 0, 7, 10] {
  let kind = n % 2 == 0 ? "even" : "odd"
  print("\(n) is \(kind)")
}
// expect: -3 is odd
// expect: -2 is even
// expect: 0 is even
// expect: 7 is odd
// expect: 10 is even
