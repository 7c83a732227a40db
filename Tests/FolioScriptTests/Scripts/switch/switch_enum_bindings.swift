enum Payment {
  case cash(Double)
  case card(number: String, amount: Double)
  case free
}
func summary(_ p: Payment) -> String {
  switch p {
  case .cash(let amount):
    return "cash \(amount)"
  case let .card(number, amount) where amount > 100:
    return "large card payment \(amount) on \(number)"
  case .card(_, let amount):
    return "card \(amount)"
  case .free:
    return "free"
  }
}
print(summary(.cash(5)))  // expect: cash 5.0
print(summary(.card(number: "1234", amount: 250)))  // expect: large card payment 250.0 on 1234
print(summary(.card(number: "9", amount: 3)))  // expect: card 3.0
print(summary(.free))  // expect: free
