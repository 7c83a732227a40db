let names = ["alice", "BOB", "Carol"]
let normalized = names.map { $0.lowercased() }
print(normalized)  // expect: ["alice", "bob", "carol"]
let shouted = names.map { $0.uppercased() + "!" }
print(shouted.joined(separator: " "))  // expect: ALICE! BOB! CAROL!
let lengths = names.map { "\($0): \($0.count)" }
print(lengths)  // expect: ["alice: 5", "BOB: 3", "Carol: 5"]
