struct Card: Equatable {
  var rank: Int
  var suit: String
}
let a = Card(rank: 10, suit: "hearts")
let b = Card(rank: 10, suit: "hearts")
let c = Card(rank: 3, suit: "spades")
print(a == b)  // expect: true
print(a == c)  // expect: false
print(a != c)  // expect: true
print([a, c].contains(b))  // expect: true
print([a, b, c].firstIndex(of: c)!)  // expect: 2
