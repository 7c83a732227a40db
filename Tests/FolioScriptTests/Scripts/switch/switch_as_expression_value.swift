let code = 404
let message: String
switch code {
case 200..<300:
  message = "success"
case 404:
  message = "not found"
case 500...:
  message = "server error"
default:
  message = "other"
}
print(message)  // expect: not found
