enum ConfigError: Error {
  case missing(String)
}
let settings = ["host": "localhost", "port": "8080"]
func value(for key: String) throws -> String {
  guard let v = settings[key] else { throw ConfigError.missing(key) }
  return v
}
func address() throws -> String {
  let host = try value(for: "host")
  let port = try value(for: "port")
  return "\(host):\(port)"
}
func credentials() throws -> String {
  try value(for: "user") + "@" + address()
}
do {
  print(try address())  // expect: localhost:8080
  print(try credentials())
} catch ConfigError.missing(let key) {
  print("missing \(key)")  // expect: missing user
}
