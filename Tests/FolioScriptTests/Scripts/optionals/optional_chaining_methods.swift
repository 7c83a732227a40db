let words: [String]? = ["alpha", "beta"]
let none: [String]? = nil
print(words?.count ?? 0)  // expect: 2
print(none?.count ?? 0)  // expect: 0
print(words?.first?.uppercased() ?? "-")  // expect: ALPHA
print(none?.first?.uppercased() ?? "-")  // expect: -
let name: String? = "kit"
print(name?.hasPrefix("k") == true)  // expect: true
