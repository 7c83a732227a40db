let score: Int? = 90
let missing: Int? = nil
print("score: \(String(describing: score))")  // expect: score: Optional(90)
print("missing: \(String(describing: missing))")  // expect: missing: nil
print("score: \(score ?? 0)")  // expect: score: 90
print("score: \(score!)")  // expect: score: 90
