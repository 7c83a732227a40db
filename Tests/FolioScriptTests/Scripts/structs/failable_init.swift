struct Even {
  let value: Int
  init?(_ n: Int) {
    if n % 2 != 0 {
      return nil
    }
    value = n
  }
}
print(Even(4)?.value ?? -1)  // expect: 4
print(Even(5)?.value ?? -1)  // expect: -1
if let e = Even(10) {
  print("got \(e.value)")  // expect: got 10
}
print(Even(3) == nil)  // expect: true
