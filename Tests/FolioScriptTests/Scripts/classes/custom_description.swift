class Account: CustomStringConvertible {
  let owner: String
  var balance: Double
  init(owner: String, balance: Double) {
    self.owner = owner
    self.balance = balance
  }
  var description: String {
    "\(owner): \(balance)"
  }
}
let acct = Account(owner: "Kim", balance: 12.5)
print(acct)  // expect: Kim: 12.5
print("account \(acct)")  // expect: account Kim: 12.5
print([acct])  // expect: [Kim: 12.5]
