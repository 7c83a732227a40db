func gcd(_ a: Int, _ b: Int) -> Int {
  b == 0 ? a : gcd(b, a % b)
}
func lcm(_ a: Int, _ b: Int) -> Int {
  a / gcd(a, b) * b
}
print(gcd(48, 18))  // expect: 6
print(gcd(17, 5))  // expect: 1
print(lcm(4, 6))  // expect: 12
print(gcd(0, 9))  // expect: 9
