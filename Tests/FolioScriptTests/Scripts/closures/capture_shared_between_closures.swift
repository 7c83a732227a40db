func makeAccount() -> (deposit: (Int) -> Void, balance: () -> Int) {
  var money = 0
  let deposit = { (amount: Int) in money += amount }
  let balance = { money }
  return (deposit, balance)
}
let account = makeAccount()
account.deposit(50)
account.deposit(25)
print(account.balance())  // expect: 75
let other = makeAccount()
print(other.balance())  // expect: 0
