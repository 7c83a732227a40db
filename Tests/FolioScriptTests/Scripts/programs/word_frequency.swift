let text = """
  the quick brown fox jumps over the lazy dog
  the dog barks and the fox runs
  a quick end
  """

struct WordStats {
  var counts: [String: Int] = [:]
  var totalWords = 0
  var longest = ""

  mutating func add(line: String) {
    for word in line.split(separator: " ").map(String.init) {
      let w = word.lowercased()
      counts[w, default: 0] += 1
      totalWords += 1
      if w.count > longest.count || (w.count == longest.count && w < longest) {
        longest = w
      }
    }
  }

  func top(_ n: Int) -> [(word: String, count: Int)] {
    let sorted = counts.sorted { a, b in
      a.value != b.value ? a.value > b.value : a.key < b.key
    }
    return sorted[..<min(n, sorted.count)].map { (word: $0.key, count: $0.value) }
  }
}

var stats = WordStats()
let lines = text.split(separator: "\n").map(String.init)
for line in lines {
  stats.add(line: line)
}

print("lines: \(lines.count), words: \(stats.totalWords), distinct: \(stats.counts.count)")  // expect: lines: 3, words: 19, distinct: 13
print("longest word: \(stats.longest)")  // expect: longest word: barks
for (rank, entry) in stats.top(3).enumerated() {
  let bar = String(repeating: "#", count: entry.count)
  print("\(rank + 1). \(entry.word) \(bar) \(entry.count)")
}
// expect: 1. the #### 4
// expect: 2. dog ## 2
// expect: 3. fox ## 2
let once = stats.counts.filter { $0.value == 1 }.keys.sorted()
print("used once: \(once.joined(separator: ", "))")  // expect: used once: a, and, barks, brown, end, jumps, lazy, over, runs
print(stats.top(1)[0])  // expect: (word: "the", count: 4)
