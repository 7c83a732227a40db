func fib(_ n: Int) -> Int {
  n < 2 ? n : fib(n - 1) + fib(n - 2)
}
print(fib(0))  // expect: 0
print(fib(1))  // expect: 1
print(fib(10))  // expect: 55
print(fib(20))  // expect: 6765
print((0..<10).map(fib))  // expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
