struct BankAccount {
  private(set) var balance = 0
  private var history: [Int] = []
  mutating func deposit(_ amount: Int) {
    balance += amount
    history.append(amount)
  }
  func transactions() -> Int {
    history.count
  }
}
var account = BankAccount()
account.deposit(100)
account.deposit(50)
print(account.balance)  // expect: 150
print(account.transactions())  // expect: 2
