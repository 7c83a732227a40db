func sign(_ x: Int) -> String {
  if x < 0 {
    return "negative"
  }
}
print(sign(1))

// Missing return in a function with a result
// expect runtime error 1:6: missing return in 'sign', which is declared to return 'String'
