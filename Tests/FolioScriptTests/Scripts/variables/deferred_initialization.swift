let message: String
let score = 72
if score >= 60 {
  message = "pass"
} else {
  message = "fail"
}
print(message)  // expect: pass
var result: Int
result = score * 2
print(result)  // expect: 144
