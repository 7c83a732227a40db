let label: String
let score = 72
if score > 50 {
  label = "pass"
} else {
  label = "fail"
}
print(label)  // expect: pass
var total: Double
total = 3
total += 1.5
print(total)  // expect: 4.5
