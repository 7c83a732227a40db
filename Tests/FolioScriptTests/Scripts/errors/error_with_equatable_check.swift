enum LoginError: Error, Equatable {
  case wrongPassword
  case tooManyAttempts
}
func login(_ attempts: Int, _ password: String) throws -> Bool {
  if attempts > 3 { throw LoginError.tooManyAttempts }
  if password != "secret" { throw LoginError.wrongPassword }
  return true
}
do {
  _ = try login(1, "guess")
} catch let e as LoginError {
  print(e == .wrongPassword)  // expect: true
}
do {
  _ = try login(5, "secret")
} catch let e as LoginError where e == .tooManyAttempts {
  print("locked out")  // expect: locked out
} catch {
  print("other")
}
