enum Suit: String {
  case hearts = "♥"
  case spades = "♠"
  case clubs
}
print(Suit.hearts.rawValue)  // expect: ♥
print(Suit.clubs.rawValue)  // expect: clubs
if let s = Suit(rawValue: "♠") {
  print(s)  // expect: spades
}
print(Suit(rawValue: "diamonds") ?? .clubs)  // expect: clubs
