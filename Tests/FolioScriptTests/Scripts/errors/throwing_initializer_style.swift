enum ValidationError: Error {
  case invalidEmail(String)
}
struct User {
  let email: String
  init(email: String) throws {
    guard email.split(separator: "@").count == 2 else {
      throw ValidationError.invalidEmail(email)
    }
    self.email = email
  }
}
do {
  let u = try User(email: "a@b.com")
  print(u.email)  // expect: a@b.com
  _ = try User(email: "nope")
} catch {
  print(error)  // expect: invalidEmail("nope")
}
