enum Letter: String {
  case a = "A", b = "B", c = "C", d = "D", f = "F"

  init(score: Double) {
    switch score {
    case 90...: self = .a
    case 80..<90: self = .b
    case 70..<80: self = .c
    case 60..<70: self = .d
    default: self = .f
    }
  }
}

struct Student {
  let name: String
  var scores: [Int?]

  var taken: [Int] { scores.compactMap { $0 } }
  var missed: Int { scores.count - taken.count }

  var average: Double? {
    guard !taken.isEmpty else { return nil }
    return Double(taken.reduce(0, +)) / Double(taken.count)
  }
}

func summary(for student: Student) -> String {
  guard let avg = student.average else {
    return "\(student.name): no scores"
  }
  let rounded = (avg * 10).rounded() / 10
  var line = "\(student.name): \(rounded) (\(Letter(score: avg).rawValue))"
  if student.missed > 0 {
    line += ", missed \(student.missed)"
  }
  return line
}

var roster = [
  Student(name: "Ava", scores: [92, 88, 95]),
  Student(name: "Ben", scores: [75, nil, 68]),
  Student(name: "Cleo", scores: [nil, nil, nil]),
  Student(name: "Dev", scores: [55, 62, 70]),
]
roster[3].scores.append(81)

for student in roster {
  print(summary(for: student))
}
// expect: Ava: 91.7 (A)
// expect: Ben: 71.5 (C), missed 1
// expect: Cleo: no scores
// expect: Dev: 67.0 (D)

let graded = roster.filter { $0.average != nil }
let best = graded.max { $0.average! < $1.average! }
print("top student: \(best?.name ?? "none")")  // expect: top student: Ava
let classAverage = graded.map { $0.average! }.reduce(0, +) / Double(graded.count)
print("class average: \((classAverage * 100).rounded() / 100)")  // expect: class average: 76.72
let honorRoll = graded.filter { Letter(score: $0.average!) == .a }.map(\.name)
print("honor roll: \(honorRoll)")  // expect: honor roll: ["Ava"]
