enum Token: Equatable {
  case number(Int)
  case plus
  case word(String)
}
print(Token.number(1) == .number(1))  // expect: true
print(Token.number(1) == .number(2))  // expect: false
print(Token.plus == .plus)  // expect: true
print(Token.word("a") != .plus)  // expect: true
let tokens: [Token] = [.number(4), .plus, .number(5)]
print(tokens.contains(.plus))  // expect: true
