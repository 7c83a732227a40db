func power(_ base: Int, _ exp: Int) -> Int {
  exp == 0 ? 1 : base * power(base, exp - 1)
}
func sumDigits(_ n: Int) -> Int {
  n < 10 ? n : n % 10 + sumDigits(n / 10)
}
print(power(2, 10))  // expect: 1024
print(power(3, 4))  // expect: 81
print(sumDigits(9875))  // expect: 29
