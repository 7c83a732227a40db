enum BankError: Error {
  case insufficientFunds(balance: Double, requested: Double)
  case invalidAmount(Double)
}

enum Transaction {
  case deposit(Double)
  case withdrawal(Double)
  case transfer(to: String, amount: Double)
}

class BankAccount: CustomStringConvertible {
  let owner: String
  private(set) var balance: Double = 0
  private(set) var history: [Transaction] = []
  init(owner: String) {
    self.owner = owner
  }
  func deposit(_ amount: Double) throws {
    guard amount > 0 else { throw BankError.invalidAmount(amount) }
    balance += amount
    history.append(.deposit(amount))
  }

  func withdraw(_ amount: Double) throws {
    guard amount > 0 else { throw BankError.invalidAmount(amount) }
    guard amount <= balance else {
      throw BankError.insufficientFunds(balance: balance, requested: amount)
    }
    balance -= amount
    history.append(.withdrawal(amount))
  }

  func transfer(_ amount: Double, to other: BankAccount) throws {
    try withdraw(amount)
    history.removeLast()
    history.append(.transfer(to: other.owner, amount: amount))
    try other.deposit(amount)
  }

  var description: String {
    "\(owner): \(balance) (\(history.count) transactions)"
  }
}

let alice = BankAccount(owner: "Alice")
let bob = BankAccount(owner: "Bob")
do {
  try alice.deposit(100)
  try alice.withdraw(30)
  try alice.transfer(50, to: bob)
  try bob.withdraw(80)
} catch BankError.insufficientFunds(let balance, let requested) {
  print("cannot withdraw \(requested), balance is only \(balance)")  // expect: cannot withdraw 80.0, balance is only 50.0
} catch {
  print("unexpected error: \(error)")
}

do {
  try bob.deposit(-5)
} catch let error as BankError {
  print("rejected: \(error)")  // expect: rejected: invalidAmount(-5.0)
}

print(alice)  // expect: Alice: 20.0 (3 transactions)
print(bob)  // expect: Bob: 50.0 (1 transactions)

for entry in alice.history {
  switch entry {
  case .deposit(let amount):
    print("+\(amount)")
  case .withdrawal(let amount):
    print("-\(amount)")
  case let .transfer(name, amount):
    print("-\(amount) to \(name)")
  }
}
// expect: +100.0
// expect: -30.0
// expect: -50.0 to Bob
