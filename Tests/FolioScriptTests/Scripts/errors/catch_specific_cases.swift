enum BankError: Error {
  case insufficientFunds(Double)
  case accountLocked
  case unknown
}
func withdraw(_ amount: Double, from balance: Double, locked: Bool) throws -> Double {
  guard !locked else { throw BankError.accountLocked }
  guard amount <= balance else { throw BankError.insufficientFunds(amount - balance) }
  return balance - amount
}
func attempt(_ amount: Double, locked: Bool = false) {
  do {
    let left = try withdraw(amount, from: 100, locked: locked)
    print("left: \(left)")
  } catch BankError.insufficientFunds(let missing) {
    print("short by \(missing)")
  } catch BankError.accountLocked {
    print("locked")
  } catch {
    print("other: \(error)")
  }
}
attempt(30)  // expect: left: 70.0
attempt(130)  // expect: short by 30.0
attempt(1, locked: true)  // expect: locked
