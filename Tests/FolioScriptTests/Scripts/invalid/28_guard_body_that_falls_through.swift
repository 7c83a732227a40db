func check(_ x: Int) {
  guard x > 0 else {
    print("not positive")
  }
  print(x)
}
check(1)

// `guard` body that falls through
// expect error 2:3: 'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope
