struct Player {
  var name: String
  var score: Int
}
let players = [Player(name: "Ann", score: 30), Player(name: "Bo", score: 50), Player(name: "Cy", score: 10)]
let ranked = players.sorted { $0.score > $1.score }
print(ranked.map { $0.name })  // expect: ["Bo", "Ann", "Cy"]
let alphabetical = players.sorted { $0.name < $1.name }
print(alphabetical.first!.name)  // expect: Ann
print(players.sorted { $0.score < $1.score }.last!)  // expect: Player(name: "Bo", score: 50)
