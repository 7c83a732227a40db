func factorial(_ n: Int) -> Int {
  if n <= 1 {
    return 1
  }
  return n * factorial(n - 1)
}
print(factorial(0))  // expect: 1
print(factorial(5))  // expect: 120
print(factorial(20))  // expect: 2432902008176640000
