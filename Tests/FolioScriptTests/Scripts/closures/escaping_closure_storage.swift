var handlers: [(String) -> Void] = []
func register(_ handler: @escaping (String) -> Void) {
  handlers.append(handler)
}
register { print("first got \($0)") }
register { event in print("second got \(event.uppercased())") }
for h in handlers {
  h("ping")
}
// expect: first got ping
// expect: second got PING
