let entries = [("ann", 3), ("bob", 1), ("cy", 2)]
print(entries)  // expect: [("ann", 3), ("bob", 1), ("cy", 2)]
let sorted = entries.sorted { $0.1 < $1.1 }
print(sorted.map { $0.0 })  // expect: ["bob", "cy", "ann"]
for (name, n) in entries where n > 1 {
  print("\(name) x\(n)")
}
// expect: ann x3
// expect: cy x2
